<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CapturePage</name>
        <message>
            <source>Record what happened</source>
            <translation>Anotar lo que pasó</translation>
        </message>
        <message>
            <source>To keep notes safe, first create a vault with a passphrase. It takes a minute.</source>
            <translation>Para guardar notas seguras, primero cree una bóveda con una frase de contraseña. Toma un minuto.</translation>
        </message>
        <message>
            <source>Create a vault</source>
            <translation>Crear una bóveda</translation>
        </message>
        <message>
            <source>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</source>
            <translation>Escriba lo que pasó mientras lo recuerda. Se sella enseguida; solo su frase de contraseña lo abre.</translation>
        </message>
        <message>
            <source>What happened? Who was there? What did they say or do?</source>
            <translation>¿Qué pasó? ¿Quién estaba? ¿Qué dijeron o hicieron?</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Attached: %1</source>
            <translation>Adjunto: %1</translation>
        </message>
        <message>
            <source>Attach a photo, recording or file</source>
            <translation>Adjuntar una foto, grabación o archivo</translation>
        </message>
        <message>
            <source>Seal into the vault</source>
            <translation>Sellar en la bóveda</translation>
        </message>
        <message>
            <source>Sealed. You can read it after you unlock the vault.</source>
            <translation>Sellada. Podrá leerla cuando abra la bóveda.</translation>
        </message>
        <message>
            <source>Unlock to see and edit notes</source>
            <translation>Abrir para ver y editar notas</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrasePage</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar frase de contraseña</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Type the new one again</source>
            <translation>Escriba la nueva otra vez</translation>
        </message>
        <message>
            <source>Passphrase changed.</source>
            <translation>Frase de contraseña cambiada.</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotice</name>
        <message>
            <source>On a computer, Amparo protects less</source>
            <translation>En una computadora, Amparo protege menos</translation>
        </message>
        <message>
            <source>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</source>
            <translation>Los programas que usa en esta computadora pueden capturar la pantalla y leer la bóveda, el llavero y la memoria de la aplicación.</translation>
        </message>
        <message>
            <source>Memory can be written to swap on the disk: use full-disk encryption.</source>
            <translation>La memoria puede escribirse en el disco (swap): use cifrado de disco completo.</translation>
        </message>
        <message>
            <source>A keyring on this computer adds a second lock to the vault.</source>
            <translation>Un llavero en esta computadora agrega un segundo candado a la bóveda.</translation>
        </message>
        <message>
            <source>No keyring was found: only your passphrase protects the vault.</source>
            <translation>No se encontró un llavero: solo su frase de contraseña protege la bóveda.</translation>
        </message>
        <message>
            <source>This app cannot block screenshots on a computer.</source>
            <translation>Esta aplicación no puede impedir capturas de pantalla en una computadora.</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <source>What to say</source>
            <translation>Qué decir</translation>
        </message>
        <message>
            <source>Show only English to the officer</source>
            <translation>Mostrar solo inglés al agente</translation>
        </message>
        <message>
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>Este consejo todavía no está en su idioma. Se muestra en inglés.</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>No se pudo cargar el contenido de derechos.</translation>
        </message>
        <message>
            <source>For you</source>
            <translation>Para usted</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>Dejar de leer</translation>
        </message>
        <message>
            <source>Read aloud in English</source>
            <translation>Leer en voz alta en inglés</translation>
        </message>
        <message>
            <source>More for where you are</source>
            <translation>Más según dónde está</translation>
        </message>
        <message>
            <source>Street, car, home, airport, work, phone search</source>
            <translation>Calle, auto, casa, aeropuerto, trabajo, registro del teléfono</translation>
        </message>
        <message>
            <source>Content: %1, version %2, published %3</source>
            <translation>Contenido: %1, versión %2, publicado el %3</translation>
        </message>
        <message>
            <source>over a year old</source>
            <translation>tiene más de un año</translation>
        </message>
    </context>
    <context>
        <name>FilePickerList</name>
        <message>
            <source>No photos, recordings or documents found in your folders.</source>
            <translation>No se encontraron fotos, grabaciones ni documentos en sus carpetas.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Where are you?</source>
            <translation>¿Dónde está?</translation>
        </message>
        <message>
            <source>About you (optional)</source>
            <translation>Sobre usted (opcional)</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>No se pudo cargar el contenido de derechos.</translation>
        </message>
        <message>
            <source>Some rights depend on your status. This choice is not saved anywhere.</source>
            <translation>Algunos derechos dependen de su estatus. Esta elección no se guarda en ningún lugar.</translation>
        </message>
        <message>
            <source>Skip: show advice for everyone</source>
            <translation>Saltar: ver consejos para todos</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <source>Show what to say</source>
            <translation>Mostrar qué decir</translation>
        </message>
        <message>
            <source>Big card for this place, with English</source>
            <translation>Tarjeta grande para este lugar, con inglés</translation>
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
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>I'm being stopped now</source>
            <translation>Me están deteniendo ahora</translation>
        </message>
        <message>
            <source>What to say, in your language and in English</source>
            <translation>Qué decir, en su idioma y en inglés</translation>
        </message>
        <message>
            <source>Know my rights</source>
            <translation>Conocer mis derechos</translation>
        </message>
        <message>
            <source>Choose where you are and see what to do</source>
            <translation>Elija dónde está y vea qué hacer</translation>
        </message>
        <message>
            <source>Record what happened</source>
            <translation>Anotar lo que pasó</translation>
        </message>
        <message>
            <source>Your private notes</source>
            <translation>Sus notas privadas</translation>
        </message>
        <message>
            <source>Write it down now. Only your passphrase opens it.</source>
            <translation>Escríbalo ahora. Solo su frase de contraseña lo abre.</translation>
        </message>
        <message>
            <source>No vault yet</source>
            <translation>Todavía no hay bóveda</translation>
        </message>
        <message>
            <source>Vault is open</source>
            <translation>La bóveda está abierta</translation>
        </message>
        <message>
            <source>Vault is locked</source>
            <translation>La bóveda está cerrada</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Cerrar ahora</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Abrir la bóveda</translation>
        </message>
        <message>
            <source>No internet. No tracking. Nothing leaves this phone unless you send it.</source>
            <translation>Sin internet. Sin rastreo. Nada sale de este teléfono si usted no lo envía.</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormPage</name>
        <message>
            <source>Give this a short name</source>
            <translation>Póngale un nombre corto</translation>
        </message>
        <message>
            <source>For example: Stopped at the bus station</source>
            <translation>Por ejemplo: Me pararon en la estación de autobuses</translation>
        </message>
        <message>
            <source>When did it happen?</source>
            <translation>¿Cuándo pasó?</translation>
        </message>
        <message>
            <source>Date and time, as well as you remember</source>
            <translation>Fecha y hora, como las recuerde</translation>
        </message>
        <message>
            <source>Where did it happen?</source>
            <translation>¿Dónde pasó?</translation>
        </message>
        <message>
            <source>Street, building, airport, city</source>
            <translation>Calle, edificio, aeropuerto, ciudad</translation>
        </message>
        <message>
            <source>Who stopped you?</source>
            <translation>¿Quién lo detuvo?</translation>
        </message>
        <message>
            <source>Names, badge numbers or vehicles you saw</source>
            <translation>Nombres, números de placa o vehículos que vio</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Uno por línea</translation>
        </message>
        <message>
            <source>What did they do?</source>
            <translation>¿Qué le hicieron?</translation>
        </message>
        <message>
            <source>Choose all that happened</source>
            <translation>Elija todo lo que pasó</translation>
        </message>
        <message>
            <source>Did they use a phone, camera or app on you?</source>
            <translation>¿Usaron un teléfono, cámara o aplicación con usted?</translation>
        </message>
        <message>
            <source>What it looked like, if you saw</source>
            <translation>Cómo era, si lo vio</translation>
        </message>
        <message>
            <source>Did they ask for your permission?</source>
            <translation>¿Le pidieron permiso?</translation>
        </message>
        <message>
            <source>Did they ask about your citizenship or status?</source>
            <translation>¿Le preguntaron por su ciudadanía o estatus?</translation>
        </message>
        <message>
            <source>Did they give you a number or paper?</source>
            <translation>¿Le dieron un número o un papel?</translation>
        </message>
        <message>
            <source>Reference or case number</source>
            <translation>Número de referencia o de caso</translation>
        </message>
        <message>
            <source>How long were you held?</source>
            <translation>¿Cuánto tiempo lo retuvieron?</translation>
        </message>
        <message>
            <source>For example: about 2 hours</source>
            <translation>Por ejemplo: unas 2 horas</translation>
        </message>
        <message>
            <source>What did they say? What did you say?</source>
            <translation>¿Qué dijeron ellos? ¿Qué dijo usted?</translation>
        </message>
        <message>
            <source>Was anything taken?</source>
            <translation>¿Se llevaron algo?</translation>
        </message>
        <message>
            <source>Phone, papers, money</source>
            <translation>Teléfono, papeles, dinero</translation>
        </message>
        <message>
            <source>Who saw it?</source>
            <translation>¿Quién lo vio?</translation>
        </message>
        <message>
            <source>Names or how to find them</source>
            <translation>Nombres o cómo encontrarlos</translation>
        </message>
        <message>
            <source>Were you or anyone hurt?</source>
            <translation>¿Usted u otra persona salió herida?</translation>
        </message>
        <message>
            <source>Anything else, in your own words</source>
            <translation>Algo más, con sus propias palabras</translation>
        </message>
        <message>
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <source>CBP (border, airport)</source>
            <translation>CBP (frontera, aeropuerto)</translation>
        </message>
        <message>
            <source>Local police or sheriff</source>
            <translation>Policía local o sheriff</translation>
        </message>
        <message>
            <source>TSA (airport security)</source>
            <translation>TSA (seguridad del aeropuerto)</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Otra persona o agencia</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>No sé</translation>
        </message>
        <message>
            <source>Took my photo or scanned my face</source>
            <translation>Me tomaron una foto o escanearon mi cara</translation>
        </message>
        <message>
            <source>Took my fingerprints</source>
            <translation>Me tomaron las huellas</translation>
        </message>
        <message>
            <source>Scanned my eyes</source>
            <translation>Me escanearon los ojos</translation>
        </message>
        <message>
            <source>Unlocked my phone with my face or finger</source>
            <translation>Abrieron mi teléfono con mi cara o mi dedo</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>I'm not sure</source>
            <translation>No estoy seguro</translation>
        </message>
        <message>
            <source>Check and save</source>
            <translation>Revisar y guardar</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Pregunta %1 de %2</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Saltar esta pregunta</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Check your answers. Tap one to change it.</source>
            <translation>Revise sus respuestas. Toque una para cambiarla.</translation>
        </message>
        <message>
            <source>(skipped)</source>
            <translation>(omitida)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
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
            <translation>Nota escrita con la bóveda cerrada</translation>
        </message>
        <message numerus="yes">
            <source>Edited %n time(s)</source>
            <translation>
                <numerusform>Editada %n vez</numerusform>
                <numerusform>Editada %n veces</numerusform>
            </translation>
        </message>
        <message>
            <source>Not edited</source>
            <translation>Sin ediciones</translation>
        </message>
        <message>
            <source>history intact</source>
            <translation>historial intacto</translation>
        </message>
        <message>
            <source>history could not be verified</source>
            <translation>no se pudo verificar el historial</translation>
        </message>
        <message>
            <source>Written while the vault was locked.</source>
            <translation>Escrita con la bóveda cerrada.</translation>
        </message>
        <message>
            <source>Edit or add details</source>
            <translation>Editar o agregar detalles</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Add a photo, recording or file</source>
            <translation>Agregar una foto, grabación o archivo</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
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
            <translation>Sus notas</translation>
        </message>
        <message>
            <source>New incident report</source>
            <translation>Nuevo informe de incidente</translation>
        </message>
        <message>
            <source>One question at a time. Skip anything.</source>
            <translation>Una pregunta a la vez. Puede saltar cualquiera.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) written while locked were added.</source>
            <translation>
                <numerusform>Se agregó %n nota escrita con la bóveda cerrada.</numerusform>
                <numerusform>Se agregaron %n notas escritas con la bóveda cerrada.</numerusform>
            </translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Todavía no hay notas.</translation>
        </message>
        <message>
            <source>Note written while locked</source>
            <translation>Nota escrita con la bóveda cerrada</translation>
        </message>
        <message numerus="yes">
            <source>edited %n time(s)</source>
            <translation>
                <numerusform>editada %n vez</numerusform>
                <numerusform>editada %n veces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>written while locked</source>
            <translation>escrita con la bóveda cerrada</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar frase de contraseña</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>Cerrar la bóveda</translation>
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
            <translation>No resuelto</translation>
        </message>
        <message>
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>Este consejo todavía no está en su idioma. Se muestra en inglés.</translation>
        </message>
        <message>
            <source>Say this</source>
            <translation>Diga esto</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Haga</translation>
        </message>
        <message>
            <source>Don't</source>
            <translation>No haga</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>Última revisión: %1</translation>
        </message>
    </context>
    <context>
        <name>ScreenHeader</name>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide: lock the vault and go to the start screen</source>
            <translation>Ocultar: cerrar la bóveda e ir a la pantalla de inicio</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>This translation is a draft. Please check important words with someone you trust.</source>
            <translation>Esta traducción es un borrador. Revise las palabras importantes con alguien de confianza.</translation>
        </message>
        <message>
            <source>Lock the vault after</source>
            <translation>Cerrar la bóveda después de</translation>
        </message>
        <message>
            <source>The vault also locks when you leave the app.</source>
            <translation>La bóveda también se cierra cuando sale de la aplicación.</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Pantalla</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>Tema oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>Bóveda</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar frase de contraseña</translation>
        </message>
        <message>
            <source>Unlock the vault to change its passphrase.</source>
            <translation>Abra la bóveda para cambiar su frase de contraseña.</translation>
        </message>
        <message>
            <source>No vault yet.</source>
            <translation>Todavía no hay bóveda.</translation>
        </message>
        <message>
            <source>What this app does not do</source>
            <translation>Lo que esta aplicación no hace</translation>
        </message>
        <message>
            <source>It never connects to the internet.</source>
            <translation>Nunca se conecta a internet.</translation>
        </message>
        <message>
            <source>It does not track you or collect statistics.</source>
            <translation>No lo rastrea ni recoge estadísticas.</translation>
        </message>
        <message>
            <source>It keeps nothing in a cloud. Your notes stay on this device.</source>
            <translation>No guarda nada en la nube. Sus notas se quedan en este dispositivo.</translation>
        </message>
        <message>
            <source>It does not share where officers are.</source>
            <translation>No comparte dónde están los agentes.</translation>
        </message>
        <message>
            <source>It never unlocks with your face or fingerprint.</source>
            <translation>Nunca se abre con su cara ni su huella.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>Rights content: %1, version %2, published %3 by %4.</source>
            <translation>Contenido de derechos: %1, versión %2, publicado el %3 por %4.</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>No se pudo cargar el contenido de derechos.</translation>
        </message>
        <message>
            <source>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</source>
            <translation>Esto es información general, no asesoría legal. Para su caso, hable con un abogado o una línea de ayuda legal.</translation>
        </message>
        <message>
            <source>The Arabic translation is a draft.</source>
            <translation>La traducción al árabe es un borrador.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Licenses</source>
            <translation>Licencias</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>At least %1 characters (%2 so far)</source>
            <translation>Al menos %1 caracteres (lleva %2)</translation>
        </message>
        <message>
            <source>Very weak</source>
            <translation>Muy débil</translation>
        </message>
        <message>
            <source>Weak: add more words</source>
            <translation>Débil: agregue más palabras</translation>
        </message>
        <message>
            <source>Fair: longer is better</source>
            <translation>Regular: más larga es mejor</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock your vault</source>
            <translation>Abra su bóveda</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Wait %1 seconds before the next try.</source>
            <translation>Espere %1 segundos antes del próximo intento.</translation>
        </message>
        <message>
            <source>This pause only slows down this screen. Your passphrase is what protects the vault.</source>
            <translation>Esta pausa solo hace más lenta esta pantalla. Lo que protege la bóveda es su frase de contraseña.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Abrir</translation>
        </message>
    </context>
    <context>
        <name>VaultCreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>Cree su bóveda</translation>
        </message>
        <message>
            <source>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</source>
            <translation>Sus notas se cierran con una frase de contraseña: una contraseña larga, de al menos %1 caracteres. Unas cuantas palabras que pueda recordar funcionan bien.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</source>
            <translation>Si olvida su frase de contraseña, nadie podrá volver a abrir sus notas. Ni nosotros ni nadie. Escríbala y guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Escríbala otra vez</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Sugerir una frase de contraseña</translation>
        </message>
        <message>
            <source>Write this down now:</source>
            <translation>Anote esto ahora:</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Crear bóveda</translation>
        </message>
        <message>
            <source>Amparo never unlocks with your face or fingerprint: those can be forced.</source>
            <translation>Amparo nunca se abre con su cara ni su huella: se las pueden obligar a dar.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::RightsBridge</name>
        <message>
            <source>Settled law</source>
            <translation>Ley establecida</translation>
        </message>
        <message>
            <source>Unsettled: courts have not decided this clearly</source>
            <translation>No resuelto: los tribunales no lo han decidido con claridad</translation>
        </message>
        <message>
            <source>Unsettled: courts disagree about this</source>
            <translation>No resuelto: los tribunales no están de acuerdo</translation>
        </message>
        <message>
            <source>Unsettled: this depends on where you are</source>
            <translation>No resuelto: depende de dónde esté</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::VaultBridge</name>
        <message>
            <source>That passphrase did not open the vault. Check it and try again.</source>
            <translation>Esa frase de contraseña no abrió la bóveda. Revísela e intente de nuevo.</translation>
        </message>
        <message>
            <source>Too many tries. Wait a moment, then try again.</source>
            <translation>Demasiados intentos. Espere un momento y vuelva a intentar.</translation>
        </message>
        <message>
            <source>A vault already exists on this device.</source>
            <translation>Ya existe una bóveda en este dispositivo.</translation>
        </message>
        <message>
            <source>There is no vault on this device yet.</source>
            <translation>Todavía no hay una bóveda en este dispositivo.</translation>
        </message>
        <message>
            <source>The vault files are damaged or were changed. Nothing was overwritten.</source>
            <translation>Los archivos de la bóveda están dañados o fueron cambiados. No se sobrescribió nada.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>La bóveda está cerrada. Ábrala primero.</translation>
        </message>
        <message>
            <source>A note needs a title or a description.</source>
            <translation>Una nota necesita un título o una descripción.</translation>
        </message>
        <message>
            <source>That file is too large.</source>
            <translation>Ese archivo es demasiado grande.</translation>
        </message>
        <message>
            <source>An attached file is damaged.</source>
            <translation>Un archivo adjunto está dañado.</translation>
        </message>
        <message>
            <source>Warning: the vault's capture key was changed. Captures were not saved.</source>
            <translation>Aviso: la clave de captura de la bóveda fue cambiada. La nota no se guardó.</translation>
        </message>
        <message>
            <source>This device's keystore is not available. The vault cannot be opened here right now.</source>
            <translation>El almacén de claves de este dispositivo no está disponible. Ahora no se puede abrir la bóveda aquí.</translation>
        </message>
        <message>
            <source>The vault is busy. Try again in a moment.</source>
            <translation>La bóveda está ocupada. Intente de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Something in the input is not accepted.</source>
            <translation>Algo de lo que escribió no se acepta.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Esa nota ya no existe.</translation>
        </message>
        <message>
            <source>Something went wrong with the vault. Your notes were not changed.</source>
            <translation>Algo falló en la bóveda. Sus notas no cambiaron.</translation>
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation>Use al menos 10 caracteres.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no son iguales.</translation>
        </message>
        <message>
            <source>The vault is not part of this build.</source>
            <translation>La bóveda no forma parte de esta versión.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <source>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</source>
            <translation>Aviso: alguien cambió el archivo de la clave de captura. Las notas capturadas desde entonces podrían no ser suyas.</translation>
        </message>
        <message>
            <source>Create a vault first. Then you can record while it is locked.</source>
            <translation>Primero cree una bóveda. Después podrá escribir aunque esté cerrada.</translation>
        </message>
        <message>
            <source>That file could not be read.</source>
            <translation>No se pudo leer ese archivo.</translation>
        </message>
        <message>
            <source>Write something or attach a file first.</source>
            <translation>Primero escriba algo o adjunte un archivo.</translation>
        </message>
        <message>
            <source>Incident on %1</source>
            <translation>Incidente del %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>No está seguro</translation>
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
            <translation>Policía local (287(g))</translation>
        </message>
        <message>
            <source>TSA</source>
            <translation>TSA</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>Agentes</translation>
        </message>
        <message>
            <source>face photo or scan</source>
            <translation>foto o escaneo de la cara</translation>
        </message>
        <message>
            <source>fingerprints</source>
            <translation>huellas</translation>
        </message>
        <message>
            <source>iris scan</source>
            <translation>escaneo del iris</translation>
        </message>
        <message>
            <source>phone unlocked with face or finger</source>
            <translation>teléfono abierto con cara o dedo</translation>
        </message>
        <message>
            <source>Biometrics</source>
            <translation>Biometría</translation>
        </message>
        <message>
            <source>Officer's device or app</source>
            <translation>Aparato o aplicación del agente</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Asked for consent</source>
            <translation>Pidieron permiso</translation>
        </message>
        <message>
            <source>Asked about status</source>
            <translation>Preguntaron por su estatus</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Número de referencia</translation>
        </message>
        <message>
            <source>Held for</source>
            <translation>Tiempo retenido</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Lo que se dijo</translation>
        </message>
        <message>
            <source>What was taken</source>
            <translation>Lo que se llevaron</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>Testigos</translation>
        </message>
        <message>
            <source>Injuries</source>
            <translation>Heridas</translation>
        </message>
        <message>
            <source>Version %1 – saved %2</source>
            <translation>Versión %1 – guardada el %2</translation>
        </message>
    </context>
</TS>
