<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>En este refugio (dentro)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>En este refugio (en un vehículo)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>En este refugio (en casa)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>En este refugio (en otro lugar)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>Ha salido por ahora</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>Ya no está en este refugio</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>Año occidental
(p. ej., 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>Eso no es una fecha. Escríbala así: 1973/5/3.</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>¿Cuándo nació? Elija cómo cuenta los años.</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>Elija el rango de años.</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>Elija el año.</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>Elija el mes.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Elija el día.</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>¿Es esta su fecha de nacimiento?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>Sí, es correcta</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>O escríbala en números, p. ej., 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>Usar esta fecha</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>Fecha de nacimiento en números</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>No se puede leer este código: está dañado o no es un código de registro del albergue. Pregunte al personal.</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>Este código usa un formato más nuevo ({prefix}) del que conoce este terminal. Actualice el software del terminal o pida al personal que le registre a mano.</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>Este código se firmó con una clave en la que este terminal no confía (ID de clave {kid}). Importe la lista de confianza actual o pida al personal que le registre a mano.</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>La firma de este código no es válida: se modificó o no lo emitió el Ayuntamiento. Pregunte al personal.</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>Este código caducó el {expired}. Abra la aplicación para mostrar un código nuevo o pregunte al personal.</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Este código aún no es válido (emitido el {issued}). Compruebe la fecha y la hora del terminal o pregunte al personal.</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>Este código se firmó con una clave retirada el {retired} (ID de clave {kid}). Abra la aplicación para mostrar un código nuevo o pregunte al personal.</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Este código se firmó con una clave válida solo desde el {valid_from} (ID de clave {kid}). Compruebe la fecha y la hora del terminal o pregunte al personal.</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>Este comprobante lo emitió otro albergue ({shelter}). Pregunte al personal.</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>Este comprobante es de una apertura anterior del albergue (impreso el {issued}) y ya no es válido. Pida un comprobante nuevo al personal del mostrador.</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>Este comprobante se imprimió el {issued} y aquí los comprobantes valen {days} días. Pida un comprobante nuevo al personal del mostrador.</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>Este no es un My Number válido. Muestre otra vez el reverso de la tarjeta o pregunte al personal.</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>Un My Number tiene 12 dígitos; este tiene {count}. Muestre otra vez el reverso de la tarjeta o pregunte al personal.</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>Un My Number solo tiene dígitos. Muestre el código QR del reverso de la tarjeta o pregunte al personal.</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>El dígito de control de este My Number es incorrecto: se leyó o se tecleó mal. Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>Este albergue está cerrado: no se aceptan registros.</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>No hay ninguna tarjeta en el lector. Ponga la tarjeta en el lector.</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>La tarjeta se retiró del lector demasiado pronto. Póngala otra vez y espere.</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>No se puede leer la tarjeta. Retírela del lector e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>Esta no es una tarjeta My Number, o no se puede usar su aplicación de información de la tarjeta.</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: escriba los 4 dígitos del PIN de la tarjeta.</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>PIN incorrecto. Quedan {tries_left} intentos antes de que la tarjeta se bloquee.</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>El PIN de la tarjeta se bloqueó tras 3 intentos fallidos. La oficina municipal puede desbloquearlo; el personal puede rellenar la ficha a mano.</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>Solo queda 1 intento: un PIN incorrecto ahora bloquea la tarjeta. El personal debe confirmarlo antes de intentarlo.</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>Esta tarjeta muestra un ID distinto cada vez que se acerca (un móvil, una tarjeta My Number o una tarjeta de privacidad), así que no se puede vincular. Use una tarjeta IC de transporte o una tarjeta municipal.</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>Esta tarjeta no está vinculada a nadie. El personal puede vincularla en la ficha de la persona.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>Elija su idioma</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Volver sin cambiar el idioma</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>Parentesco</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Lectura (kana)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Embarazo</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Bebé o niño pequeño</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Discapacidad</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Discapacidad auditiva</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>Discapacidad visual</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>Silla de ruedas</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>Necesita cuidados</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>Enfermedad</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicación</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Alergia</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>Restricción alimentaria</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ayuntamiento</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>Grupo vecinal de prevención</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Refugio</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>Hogar y contacto</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contacto de emergencia (nombre, teléfono)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>Dónde se queda</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>Tipo y color del coche</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>Otro lugar</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>Necesidades especiales</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Grado de dependencia</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>Mascotas y daños en la vivienda</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>Mascotas: tipo, número</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>Daños en la vivienda</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
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
            <source>For staff</source>
            <translation>Para el personal</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Introducido el</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Introducido por</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>Ficha de evacuado</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>Rellénela y entréguela en recepción. El personal leerá el código QR más tarde para introducirla.</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>El n.º 1 es el representante</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>En el refugio</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>En un vehículo</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>En casa</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>En otro lugar</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>Escriba el n.º</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Parcial</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>La mitad</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>¿Podemos decir a quien pregunte por usted que está aquí?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>Acepto que mi ficha se comparta con (marque todo lo que corresponda):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>En tiempos normales</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>En caso de desastre</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>Tachar cuando se haya introducido</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impreso</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Usted (representante)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>Bienvenido. Regístrese aquí.</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>Muestre a la cámara el código QR de la aplicación de prevención de desastres o el del reverso de su tarjeta My Number.</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>¿No tiene código? Pulse «Llamar al personal». Le ayudaremos.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Llamar al personal</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>Personal: salir del autorregistro (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>No soy yo</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Volver al inicio</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>Responder una encuesta breve</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (ya registrado)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>El personal vendrá a ayudarle.</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>Gracias por sus respuestas.</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>Gracias. Ya está registrado.</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>Pase adentro, por favor.</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>Pase adentro, por favor. El refugio está lleno: el personal le indicará adónde ir.</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>El personal ya viene. Espere aquí, por favor.</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>Pregunte al personal del mostrador.</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>Esta tarjeta aún no está registrada. El personal rellenará su ficha de evacuado.</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>¿Es usted?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>¿Son usted y su familia?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>Sí, registrar (%n persona)</numerusform>
                <numerusform>Sí, registrar (%n personas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>Guarde este comprobante. Muéstrelo al salir, al volver o al recoger suministros.</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>Comprobante de evacuado</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>Comprobante {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>Entrada: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>Imprimir comprobantes</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>Su estado actual</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>¿Cómo está? Puede saltar las preguntas que no quiera responder.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>¿Qué le ayudaría? Las peticiones se envían al ayuntamiento.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>Díganos qué le resulta difícil. Los problemas se envían al ayuntamiento.</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>¿Qué tan satisfecho está con la vida en el refugio?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>Muy insatisfecho</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>Muy satisfecho</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>¿Cómo está su salud física?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>Muy mala</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Muy buena</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>¿Puede dormir bien?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Nada</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>Muy bien</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>¿Cuánto estrés o preocupación siente?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>Mucho</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>¿Tiene suficiente comida y agua?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>¿Tiene ahora alguno de estos síntomas?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>¿Qué es lo que más necesita ahora?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>¿Quiere hablar con una enfermera, un consejero o alguien del personal?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>Otras peticiones al ayuntamiento o al refugio</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>¿Alguno de estos es un problema para usted?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>¿Se ha sentido inseguro o ha sufrido acoso en el refugio?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>Describa cualquier otro problema</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Fiebre</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>Tos o dolor de garganta</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>Diarrea o vómitos</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>Piernas hinchadas o doloridas</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Ninguno de estos</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Comida</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>Agua potable</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medicinas</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>Productos de higiene</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>Ropa o ropa interior</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>Ropa de cama o una colchoneta</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>Artículos para bebés</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>Separadores para tener privacidad</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>Información sobre ayudas</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Baños</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>Ruido o luz por la noche</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>Poco espacio</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>Demasiado calor o frío</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Limpieza</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Mascotas</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>Normas o relación con otras personas</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>Acceso para sillas de ruedas o personas con discapacidad</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>Su fecha de nacimiento</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>Parte {n} de {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>¿Quién responde?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>Dejar la encuesta</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>Saltar esta parte</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>Saltar la fecha de nacimiento</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>Enviar respuestas</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>Dejar la encuesta sin enviar</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>Volver a la parte anterior</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>Parte siguiente</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>Su tarjeta no tiene fecha de nacimiento. Con ella, el personal puede preparar ayuda y suministros para su edad (para bebés y para personas mayores). Puede saltarla.</translation>
        </message>
    </context>
</TS>
