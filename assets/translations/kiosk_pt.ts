<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>Neste abrigo (dentro)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>Neste abrigo (em um veículo)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>Neste abrigo (em casa)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>Neste abrigo (em outro lugar)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>Saiu por enquanto</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>Saiu deste abrigo</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>Ano ocidental
(ex.: 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>Isso não é uma data. Digite assim: 1973/5/3.</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>Quando você nasceu? Escolha como conta os anos.</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>Escolha o intervalo de anos.</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>Escolha o ano.</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>Escolha o mês.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Escolha o dia.</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>Esta é a sua data de nascimento?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>Sim, está correta</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Começar de novo</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>Ou digite em números, ex.: 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>Usar esta data</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>Data de nascimento em números</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Voltar ao passo anterior</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>Não é possível ler este código: está danificado ou não é um código de registro do abrigo. Fale com um funcionário.</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>Este código usa um formato mais novo ({prefix}) do que este terminal conhece. Atualize o software do terminal ou peça a um funcionário para fazer o registro à mão.</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>Este código foi assinado com uma chave em que este terminal não confia (ID da chave {kid}). Importe a lista de confiança atual ou peça a um funcionário para fazer o registro à mão.</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>A assinatura deste código não é válida: foi alterado ou não foi emitido pela Prefeitura. Fale com um funcionário.</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>Este código venceu em {expired}. Abra o aplicativo para mostrar um código novo ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Este código ainda não é válido (emitido em {issued}). Verifique a data e a hora do terminal ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>Este código foi assinado com uma chave desativada em {retired} (ID da chave {kid}). Abra o aplicativo para mostrar um código novo ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Este código foi assinado com uma chave válida somente a partir de {valid_from} (ID da chave {kid}). Verifique a data e a hora do terminal ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>Este comprovante foi emitido por outro abrigo ({shelter}). Fale com um funcionário.</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>Este comprovante é de uma abertura anterior do abrigo (impresso em {issued}) e não vale mais. Peça um comprovante novo a um funcionário no balcão.</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>Este comprovante foi impresso em {issued} e aqui os comprovantes valem por {days} dias. Peça um comprovante novo a um funcionário no balcão.</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>Este não é um My Number válido. Mostre o verso do cartão de novo ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>Um My Number tem 12 dígitos; este tem {count}. Mostre o verso do cartão de novo ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>Um My Number tem somente dígitos. Mostre o código QR do verso do cartão ou fale com um funcionário.</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>O dígito verificador deste My Number está errado: foi lido ou digitado errado. Tente de novo.</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>Este abrigo está fechado: não aceita registros.</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>Não há cartão no leitor. Coloque o cartão no leitor.</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>O cartão foi tirado do leitor cedo demais. Coloque-o de novo e espere.</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>Não é possível ler o cartão. Tire-o do leitor e tente de novo.</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>Este não é um cartão My Number, ou o aplicativo de informações do cartão não pode ser usado.</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: digite os 4 dígitos do PIN do cartão.</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>PIN errado. Restam {tries_left} tentativas antes de o cartão ser bloqueado.</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>O PIN do cartão foi bloqueado após 3 tentativas erradas. A prefeitura pode desbloqueá-lo; os funcionários podem preencher a ficha à mão.</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>Resta só 1 tentativa: um PIN errado agora bloqueia o cartão. Um funcionário precisa confirmar antes de tentar.</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>Este cartão mostra um ID diferente a cada toque (um celular, um cartão My Number ou um cartão de privacidade), por isso não pode ser vinculado. Use um cartão IC de transporte ou um cartão da cidade.</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>Este cartão não está vinculado a ninguém. Os funcionários podem vinculá-lo na ficha da pessoa.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>Escolha o seu idioma</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Voltar sem mudar o idioma</translation>
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
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Leitura (kana)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Data de nascimento</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Gravidez</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Bebê ou criança pequena</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Deficiência</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Deficiência auditiva</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>Deficiência visual</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>Cadeira de rodas</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>Precisa de cuidados</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>Doença</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Alergia</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>Restrição alimentar</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Família</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Prefeitura</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>Grupo de prevenção do bairro</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Abrigo</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Chegada</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Funcionário</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>Família e contato</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contato de emergência (nome, telefone)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>Onde você fica</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>Placa do carro</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>Modelo e cor do carro</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>Outro lugar</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>Necessidades especiais</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Nível de cuidados</translation>
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
            <translation>Animais e danos à casa</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>Animais: tipo, quantidade</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>Danos à casa</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimento</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>Para os funcionários</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Digitado em</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Digitado por</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>Ficha de desabrigado</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>Preencha e entregue na recepção. Depois, um funcionário lê o código QR para digitar.</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>O nº 1 é o representante</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>No abrigo</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>Em um veículo</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>Em casa</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Outro lugar</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>Escreva o nº</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Parcial</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>Metade</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Não sei</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>Podemos dizer a quem perguntar por você que você está aqui?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>Concordo que minha ficha seja compartilhada com (marque todos que se aplicam):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>Em tempos normais</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Em desastres</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>Risque depois de digitar</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impresso</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Você (representante)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>Bem-vindo. Faça o seu registro aqui.</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>Mostre à câmera o código QR do aplicativo de prevenção de desastres ou o do verso do seu cartão My Number.</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>Não tem código? Aperte “Chamar funcionário”. Vamos ajudar você.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Chamar funcionário</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Funcionários</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>Funcionários: sair do autoatendimento (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>Não sou eu</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Voltar ao início</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>Responder a uma pesquisa curta</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (já registrado)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>Um funcionário virá ajudar você.</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>Obrigado pelas suas respostas.</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>Obrigado. Seu registro foi feito.</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>Por favor, entre.</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>Por favor, entre. O abrigo está cheio: um funcionário vai mostrar aonde ir.</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>Um funcionário está a caminho. Espere aqui, por favor.</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>Fale com o funcionário do balcão.</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>Este cartão ainda não está registrado. Um funcionário vai preencher a sua ficha de desabrigado.</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>É você?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>São você e a sua família?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>Sim, registrar (%n pessoa)</numerusform>
                <numerusform>Sim, registrar (%n pessoas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>Guarde este comprovante. Mostre-o ao sair, ao voltar ou ao receber suprimentos.</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>Comprovante de registro no abrigo</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>Comprovante {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>Entrada: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>Imprimir comprovantes</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>Como você está agora</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>Como você está? Pule qualquer pergunta que não quiser responder.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>O que ajudaria você? Os pedidos são enviados à prefeitura.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>Conte o que está difícil. Os problemas são enviados à prefeitura.</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>Qual é a sua satisfação com a vida no abrigo?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>Muito insatisfeito</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>Muito satisfeito</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>Como está a sua saúde física?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>Muito ruim</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Muito boa</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>Você consegue dormir bem?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Nada</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>Muito bem</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>Quanto estresse ou preocupação você sente?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>Muito</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>Você tem comida e água suficientes?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>Você tem algum destes sintomas agora?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>Do que você mais precisa agora?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>Gostaria de falar com um enfermeiro, um conselheiro ou um funcionário?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>Outros pedidos à prefeitura ou ao abrigo</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>Algum destes é um problema para você?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>Você se sentiu inseguro ou foi assediado no abrigo?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>Descreva outro problema</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Febre</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>Tosse ou dor de garganta</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>Diarreia ou vômito</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>Pernas inchadas ou doloridas</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Nenhum destes</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Comida</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>Água potável</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Remédios</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>Produtos de higiene</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>Roupas ou roupa íntima</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>Roupa de cama ou colchonete</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>Artigos para bebê</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>Divisórias para privacidade</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>Informações sobre apoio</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Banheiros</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>Barulho ou luz à noite</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>Pouco espaço</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>Muito calor ou muito frio</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Limpeza</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Animais de estimação</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>Regras ou convivência com outras pessoas</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>Acesso para cadeiras de rodas ou pessoas com deficiência</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>Sua data de nascimento</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>Parte {n} de {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>Quem está respondendo?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>Parar a pesquisa</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>Pular esta parte</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>Pular a data de nascimento</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>Enviar respostas</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>Parar a pesquisa sem enviar</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>Voltar à parte anterior</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>Próxima parte</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>Seu cartão não tem data de nascimento. Com ela, os funcionários podem preparar ajuda e suprimentos para a sua idade (para bebês e para idosos). Você pode pular.</translation>
        </message>
    </context>
</TS>
