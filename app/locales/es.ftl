# Reclamo — Español (es). Translated from en.ftl (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = Español
language-dir = ltr

## Layout
site-name = Reclamo
site-tagline = Denuncie el robo de salario en Denver, en su idioma.
skip-to-content = Ir al contenido principal
nav-home = Inicio
nav-report = Denunciar robo de salario
nav-status = Ver mi queja
nav-rights = Conozca sus derechos
language-switcher-label = Idioma
language-switcher-submit = Cambiar idioma
promise-no-status = Reclamo nunca le pregunta su estatus migratorio. Las leyes de salario de Denver protegen a todos los trabajadores, con o sin papeles.
footer-privacy = Solo guardamos lo que necesitamos. Sus datos personales se guardan cifrados y se destruyen cuando termina su caso. Nunca compartimos información con las autoridades de inmigración.
footer-hotline = Colorado Rapid Response Network, las 24 horas del día: { $phone }

## Home page
home-title = ¿No le pagaron lo que ganó?
home-intro = Presente una queja ante la Ciudad de Denver, gratis. No necesita una cuenta ni un abogado, y puede hacerlo de forma anónima, sin dar su nombre.
home-action-report = Denunciar robo de salario
home-action-report-hint = Unos 5 minutos, en su idioma, desde su teléfono.
home-action-status = Ver mi queja
home-action-status-hint = Use su código de seguimiento y su código de acceso.
home-action-rights = Conozca sus derechos
home-action-rights-hint = Lo que dice la ley y quién le puede ayudar hoy.
home-phone = ¿No tiene internet? Llame al 311 y pida Reclamo en su idioma.

## Know your rights
rights-title = Conozca sus derechos
rights-intro = La Constitución protege a todas las personas en los Estados Unidos, sin importar su estatus migratorio.
rights-wage-title = Su pago
rights-wage-1 = Las leyes de salario de Denver protegen a todos los trabajadores, sin importar su estatus migratorio.
rights-wage-2 = El salario mínimo en Denver en 2026 es de { $wage } por hora ({ $tipped } para trabajadores que reciben propinas).
rights-wage-3 = Usted puede presentar una queja, dar testimonio y recuperar lo que le deben, sin miedo. Su estatus migratorio no importa cuando la ciudad hace cumplir la ley.
rights-wage-4 = Es ilegal que un empleador le castigue por quejarse. Amenazar con llamar a inmigración (ICE) o a la policía en su contra es una represalia ilegal, y aumenta las multas que el empleador tiene que pagar.
rights-ice-title = Si llegan agentes de inmigración (ICE)
rights-ice-silent = Usted tiene derecho a guardar silencio. No tiene que contestar preguntas sobre su estatus migratorio.
rights-ice-sign = No firme nada antes de hablar con un abogado, aunque esté escrito en su idioma.
rights-ice-warrant = Pida ver una orden. Para entrar a su casa, ICE necesita una orden judicial firmada por un juez. Una orden administrativa de ICE (Formulario I-200) no es suficiente: usted no tiene que abrir la puerta.
rights-ice-lawyer = Usted tiene derecho a un abogado. Pida hablar con un abogado antes de contestar cualquier pregunta.
rights-hotline-title = Pida ayuda ahora
rights-hotline-body = Colorado Rapid Response Network: voluntarios capacitados contestan las 24 horas del día. Llame si ve actividad de ICE. Marque 2 para reportar algo que ya pasó.
rights-hotline-call = Llame al { $phone }
rights-family-title = Prepare a su familia
rights-family-body = Elija a un tutor para sus hijos (una persona de confianza que los cuide), guarde juntos sus documentos importantes y haga un plan de emergencia. La Rocky Mountain Immigrant Advocacy Network (RMIAN) ofrece un paquete de información para que las familias se preparen.

## Errors pages
not-found-title = Página no encontrada
not-found-body = No pudimos encontrar esa página.
back-home = Volver a la página de inicio

## Report wizard
report-title = Denunciar robo de salario
report-step-progress = Paso { $current } de { $total }
report-step-what = Qué pasó
report-step-employer = Su empleador
report-step-job = Su trabajo
report-step-safety = Amenazas y castigos
report-step-contact = Cómo comunicarnos con usted
report-step-review = Revisar y enviar
report-next = Continuar
report-back = Atrás
report-send = Enviar mi queja
report-optional = opcional
report-errors-summary = { $count ->
    [one] Por favor, corrija el problema que aparece abajo.
   *[other] Por favor, corrija los { $count } problemas que aparecen abajo.
}
answer-yes = Sí
answer-no = No
answer-unsure = No sé

what-violations-legend = ¿Qué hizo su empleador? Marque todo lo que pasó.
violation-unpaid_wages = No me pagó una parte o todo mi trabajo
violation-minimum_wage = Me pagó menos del salario mínimo
violation-overtime = No me pagó las horas extra (más de 40 horas por semana o más de 12 horas por día)
violation-final_pay = No me dio mi último cheque de pago
violation-deductions = Me quitó dinero de mi pago sin tener derecho
violation-tips = Se quedó con mis propinas
violation-misclassification = Dijo que yo era contratista independiente, pero en realidad yo era empleado(a)
violation-breaks = No me dio descansos ni tiempo para comer
violation-sick_leave = No me dio días de enfermedad pagados
violation-bounced_check = Me pagó con un cheque sin fondos (cheque rebotado)
what-period-start = ¿Cuándo empezó?
what-period-end = ¿Cuándo terminó? Déjelo en blanco si todavía está pasando.
what-amount = Más o menos, ¿cuánto dinero le deben, en dólares?
what-amount-hint = Un cálculo aproximado está bien. La herramienta de abajo le puede ayudar a calcularlo.
what-narrative = Cuéntenos lo que pasó, con sus propias palabras
what-narrative-hint = Escriba en cualquier idioma. No escriba sobre su estatus migratorio: no lo necesitamos.
what-coworkers = ¿A cuántos otros trabajadores les hicieron lo mismo?
estimate-title = Ayúdeme a calcular
estimate-hours = Horas trabajadas
estimate-rate = Pago por hora que le prometieron, en dólares
estimate-paid = Lo que de verdad le pagaron, en dólares
estimate-submit = Calcular
estimate-result = Es posible que le deban alrededor de { $amount }.
estimate-minimum-note = El salario mínimo de Denver en { $year } es de { $wage } por hora. Si le prometieron menos, usamos el salario mínimo.

employer-name = Nombre del negocio, como usted lo conoce
employer-address = Dirección, o describa dónde está
employer-phone = Teléfono del empleador
employer-industry = Tipo de trabajo
employer-industry-choose = Elija una opción
industry-construction = Construcción
industry-restaurant = Restaurante o comida
industry-cleaning = Limpieza o conserjería
industry-landscaping = Jardinería (landscaping)
industry-retail = Tienda o ventas
industry-warehouse = Bodega o entregas
industry-home_care = Cuidado en casa o cuidado de niños
industry-agriculture = Trabajo del campo
industry-manufacturing = Fábrica o manufactura
industry-hotel = Hotel
industry-auto = Lavado de carros o taller mecánico
industry-other = Otro
employer-supervisor = Nombre del supervisor
employer-agency = ¿Consiguió este trabajo por medio de una agencia de empleo temporal o de un subcontratista?
employer-agency-name = Nombre de la agencia o del contratista

job-role = ¿Cuál era su trabajo?
job-start = Primer día de trabajo
job-end = Último día de trabajo
job-still = ¿Todavía trabaja ahí?
job-pay-rate = Cuánto le pagaban, en dólares
job-pay-basis = Forma de pago
basis-hour = Por hora
basis-day = Por día
basis-piece = Por pieza o por trabajo (a destajo)
basis-salary = Sueldo fijo (por semana o por mes)
job-pay-frequency = ¿Cada cuánto le pagaban?
freq-weekly = Cada semana
freq-biweekly = Cada dos semanas
freq-monthly = Cada mes
freq-irregular = Sin fechas fijas
job-hours = Horas que trabajaba normalmente por semana
job-cash = ¿Le pagaban en efectivo?

safety-intro = Sus respuestas nos ayudan a actuar rápido para protegerle. Conteste solo lo que usted quiera contestar.
safety-immigration_threat = ¿Alguien le amenazó con llamar a inmigración (ICE) o a la policía en su contra?
safety-status_report_threat = ¿Alguien le amenazó con denunciarle a usted o a su familia ante cualquier persona por sus papeles?
safety-fired = ¿Le despidieron o le mandaron a su casa después de preguntar por su pago?
safety-hours_cut = ¿Le bajaron las horas o el pago después de preguntar o quejarse?
safety-violence = ¿Alguien amenazó con hacerle daño?
safety-blacklist = ¿Alguien amenazó con impedir que usted consiga otros trabajos?
safety-details = ¿Algo más sobre amenazas o castigos?

contact-intro = Todo esto es opcional. Solo lo usamos para comunicarnos con usted sobre su queja.
contact-anonymous = Presentar de forma anónima
contact-anonymous-hint = No guardaremos su nombre ni sus datos de contacto. Podrá ver su queja con sus códigos, pero no podremos llamarle, y algunos casos son difíciles de investigar sin hablar con usted.
contact-name = Nombre o apodo
contact-phone = Teléfono
contact-email = Correo electrónico
contact-method = La mejor forma de comunicarnos con usted
method-phone = Llamada
method-sms = Mensaje de texto
method-email = Correo electrónico
contact-safe-times = ¿Cuándo es seguro comunicarnos con usted?
contact-sms-ok = ¿Le podemos mandar mensajes de texto?
contact-voicemail-ok = ¿Es seguro dejarle un mensaje de voz?
contact-share-name = ¿Podemos darle su nombre al empleador?
contact-share-name-hint = No lo haremos a menos que usted diga que sí. A veces una investigación lo necesita, por ejemplo para revisar sus propios registros de pago; antes hablaremos con usted.

review-intro = Revise sus respuestas. Puede regresar y cambiar lo que quiera.
review-edit = Cambiar
review-none = Sin respuesta
review-anonymous = Anónimo
review-consent = Lo que escribí es verdad, hasta donde yo sé.

done-title = Recibimos su queja
done-tracking = Código de seguimiento
done-access = Código de acceso
done-save = Anote los dos códigos o guarde el comprobante. Necesita los dos para ver su queja. No podemos volver a mostrarle el código de acceso.
done-receipt = Descargar el comprobante (PDF)
done-receipt-include-access = Poner el código de acceso en el comprobante
done-next-title = Qué pasa ahora
done-next-1 = Un investigador revisa su queja, por lo general en un plazo de 5 días hábiles.
done-next-2 = Si nos dio una forma de comunicarnos con usted, le contactaremos en su idioma. Si usted está en peligro, le contactaremos rápido.
done-next-3 = No le decimos su nombre al empleador, a menos que usted lo haya aceptado.

status-title = Ver mi queja
status-intro = Escriba los dos códigos que recibió cuando presentó su queja.
status-tracking = Código de seguimiento
status-access = Código de acceso
status-submit = Ver
status-not-found = No encontramos ninguna queja con esos códigos. Revise los números e intente otra vez.
status-current = Estado actual: { $status }
status-timeline = Lo que ha pasado
case-status-received = Recibida
case-status-triage = En revisión
case-status-investigating = En investigación
case-status-determination = Se está tomando una decisión
case-status-resolved = Resuelta
case-status-closed = Cerrada
event-filed = Queja presentada
event-status-changed = El estado cambió a: { $status }

error-required = Este dato es obligatorio.
error-too-long = Es demasiado largo: máximo { $max } caracteres.
error-invalid-email = Esto no parece un correo electrónico.
error-invalid-phone = Esto no parece un número de teléfono.
error-invalid-date = Escriba una fecha válida.
error-date-order = La fecha de fin es antes de la fecha de inicio.
error-date-future = Esta fecha es en el futuro.
error-invalid-number = Escriba un número.
error-out-of-range = Este número es demasiado alto o demasiado bajo.
error-choose-violation = Elija al menos una cosa que pasó.
error-invalid-choice = Elija una de las opciones.
error-contact-when-anonymous = Usted eligió presentar de forma anónima. Deje vacíos los datos de contacto, o quite la marca de "Presentar de forma anónima".
error-invalid-code = Revise el código: tal vez escribió mal un número.
error-generic = Algo falló de nuestro lado. No se perdió nada de lo que escribió. Por favor, intente otra vez.
error-busy = Muchas personas están usando Reclamo en este momento, así que todavía no se guardó nada. No se perdió nada de lo que escribió. Por favor, intente otra vez en unos segundos.
error-json-type = Este campo tiene el tipo equivocado: debe ser { $expected ->
        [text] texto
        [number] un número
        [boolean] true o false (verdadero o falso)
        [list] una lista
        [object] un objeto
       *[other] otro tipo
    }
error-rate-limited = Demasiados intentos. Por favor, espere { $minutes } minutos e intente otra vez.
error-invalid-request = No se pudo leer la solicitud.
error-invalid-credentials = Correo o contraseña incorrectos.
error-signed-out = Inicie sesión.
error-totp-required = Escriba el código de 6 dígitos de su aplicación de autenticación.

receipt-title = Comprobante de queja
receipt-filed = Presentada el { $date }
receipt-reported = Lo que usted nos contó
receipt-keep = Guarde este comprobante en un lugar seguro. Cualquier persona que tenga los dos códigos puede ver el estado de su queja.

## Staff
staff-login-title = Inicio de sesión del personal
staff-email = Correo electrónico de trabajo
staff-password = Contraseña
staff-totp = Código de su aplicación de autenticación o un código de respaldo
staff-totp-hint = Déjelo en blanco si no ha configurado la verificación en dos pasos.
staff-sign-in = Iniciar sesión
staff-sign-out = Cerrar sesión
staff-home-title = Página principal del personal
staff-signed-in-as = Sesión iniciada como { $email } ({ $role })
staff-role-investigator = Investigador(a)
staff-role-supervisor = Supervisor(a)
staff-role-advocate = Defensor(a)
staff-role-admin = Administrador(a)
staff-2fa-title = Verificación en dos pasos
staff-2fa-required = Su rol requiere la verificación en dos pasos. Configúrela para continuar.
staff-2fa-off = La verificación en dos pasos está desactivada en su cuenta.
staff-2fa-start = Configurar la verificación en dos pasos
staff-2fa-scan = Escanee este código con una aplicación de autenticación o escriba la clave en ella. Después escriba el código de 6 dígitos que le muestre.
staff-2fa-key = Clave
staff-2fa-code = Código de 6 dígitos
staff-2fa-confirm = Activar la verificación en dos pasos
staff-2fa-enabled = La verificación en dos pasos está activada.
staff-2fa-recovery = Códigos de respaldo: cada uno sirve una sola vez si pierde su teléfono. Guárdelos en un lugar seguro; no se volverán a mostrar.
staff-find-case = Buscar un caso por código de seguimiento
staff-find = Buscar
staff-no-cases = No se encontró ningún caso.
staff-users-title = Usuarios
staff-user-add = Agregar un usuario
staff-user-name = Nombre
staff-user-role = Rol
staff-user-org = Organización (obligatoria para defensores)
staff-user-password = Contraseña inicial (al menos 12 caracteres)
staff-user-added = Usuario agregado.
staff-user-disable = Desactivar
staff-user-disabled = Desactivado
staff-user-active = Activo
staff-access-history = Quién ha visto este caso
staff-access-when = Cuándo
staff-access-who = Quién
staff-access-what = Qué
staff-orgs-title = Organizaciones
staff-org-name = Nombre de la organización
staff-org-add = Agregar la organización
staff-org-added = Organización agregada.

## Case management (staff)
queue-title = Lista de casos
queue-urgent = Urgente
queue-unassigned = Sin asignar
queue-any = Cualquiera
queue-open = Casos abiertos
queue-all = Todos los casos
queue-priority-urgent = Urgente
queue-priority-normal = Normal
queue-flag-retaliation = Alerta de represalia
queue-assignee-me = Asignados a mí
queue-filter-q = Buscar (código de seguimiento, empleador, palabras del relato)
queue-filter-status = Estado
queue-filter-priority = Prioridad
queue-filter-flag = Alerta
queue-filter-assignee = Asignado a
queue-filter-language = Idioma
queue-filter-channel = Canal
queue-filter-violation = Infracción
queue-filter-from = Presentada desde
queue-filter-to = Presentada hasta
queue-apply = Mostrar casos
queue-next = Página siguiente
queue-bulk-assign = Asignar los casos seleccionados a
queue-select-case = Seleccionar el caso { $case }
queue-assigned = { $count ->
    [one] Se asignó un caso.
   *[other] Se asignaron { $count } casos.
}
queue-col-select = Seleccionar
queue-col-case = Caso
queue-col-flag = Alerta
queue-col-status = Estado
queue-col-employer = Empleador
queue-col-assignee = Asignado a
queue-col-language = Idioma
queue-col-due = Fecha límite del primer contacto
queue-col-filed = Presentada
notifications-title = Novedades para usted
notification-retaliation-flagged = Alerta de represalia: comuníquese con el trabajador antes de la fecha de primer contacto del caso
notification-first-contact-overdue = Primer contacto vencido en un caso con amenaza de inmigración o policía: comuníquese con el trabajador hoy
channel-web = Formulario web
channel-api = API
channel-phone = Teléfono
channel-sms = Mensaje de texto
channel-advocate = Defensor(a)
channel-call_taker = Operador(a) telefónico(a)
channel-open311 = Open311
case-status = Estado
case-employer = Empleador
case-assignee = Asignado a
case-deadlines = Plazos
case-workflow = Cambiar el estado del caso
case-timeline = Historial y notas
case-complaint = La queja
case-retaliation-title = Alerta de represalia
case-signals = Por qué se marcó
retaliation-kind-immigration-threat = Amenaza con inmigración o con la policía
retaliation-kind-termination = Despido o envío a casa
retaliation-kind-hours-or-pay-cut = Reducción de horas o de pago
retaliation-kind-violence-or-intimidation = Violencia o intimidación
retaliation-kind-blacklisting = Lista negra (impedir que consiga otros trabajos)
retaliation-kind-other-threat = Otra amenaza
review-kind = Tipo de represalia
review-decision = Decisión
review-confirmed = Confirmada
review-dismissed = Descartada
review-instances = Número de actos de represalia (confirmados)
review-reason = Motivo
review-submit = Registrar la revisión
deadline-first-contact = Primer contacto
deadline-employer-response = Respuesta del empleador al aviso (21 días)
deadline-determination = Meta para la determinación (90 días)
deadline-met = cumplido
deadline-open = pendiente
deadline-overdue = vencido
move-to = Nuevo estado
move-resolution = Cómo se resolvió
move-resolution-hint = Solo cuando el nuevo estado es "Resuelta".
move-reason = Motivo (obligatorio)
move-submit = Cambiar el estado del caso
resolution-paid = se pagó
resolution-referred_collection = se envió a cobranza
resolution-referred_agency = se remitió a otra agencia
resolution-withdrawn = se retiró
resolution-unfounded = sin fundamento
assign-to = Asignar a (correo electrónico)
assign-submit = Asignar
assign-me = Asignármelo a mí
note-body = Nota nueva
note-visible = El trabajador puede ver esta nota
note-visible-hint = Las notas visibles aparecen en la página de estado del trabajador, con las mismas palabras que usted escriba. Deje la casilla sin marcar para las notas internas.
note-visible-badge = visible para el trabajador
note-submit = Agregar la nota
event-note = Mensaje de su investigador(a)
event-assigned = Caso asignado
event-notice-sent = Aviso enviado al empleador
event-determination-recorded = Determinación registrada
event-determination-approved = Determinación aprobada
event-determination-returned = Determinación devuelta
event-retaliation-reviewed = Alerta de represalia revisada
calc-title = Lo que se debe
calc-intro = La calculadora muestra cada paso, línea por línea. Las cantidades marcadas "verificar con asesoría legal" se basan en normas que todavía no se han confirmado.
calc-field-jurisdiction = Normas aplicables
calc-field-as-of = Intereses calculados hasta
calc-field-start = Período de trabajo desde
calc-field-end = Período de trabajo hasta
calc-field-hours = Horas trabajadas
calc-field-overtime = De esas, horas extra
calc-field-paid = Lo que se pagó por el período ($)
calc-field-rate = Pago por hora prometido ($; vacío para el salario mínimo)
calc-field-tipped = Trabajador que recibe propinas
calc-field-instances = Actos de represalia confirmados
calc-field-days = Días que duró la represalia
calc-field-employees = Empleados afectados
calc-field-demand = Sin pagar 14 días después de un requerimiento de pago por escrito
calc-field-willful = Infracción intencional
calc-jurisdiction-denver = Denver (ordenanza municipal y ley estatal)
calc-jurisdiction-colorado = Colorado (solo ley estatal)
calc-line-minimum_wage_shortfall = Diferencia con el salario mínimo
calc-line-unpaid_wages = Salario acordado no pagado
calc-line-overtime = Pago adicional por horas extra
calc-line-interest = Intereses (12% al año)
calc-line-denver_treble_damages = Indemnización triple de Denver
calc-line-denver_retaliation_fine = Multa de Denver por represalia
calc-line-denver_aggravated_fine = Multa de Denver por trabajador, con la represalia como agravante (propuesta)
calc-line-policy_escalation = Aumento por una amenaza con inmigración (política de la ciudad)
calc-line-crs_8_4_109_penalty = Multa por salarios no pagados después del requerimiento de pago
calc-line-crs_8_4_120_daily_penalty = Multa diaria por represalia
calc-line-crs_8_4_120_liquidated_damages = Indemnización fija (liquidated damages) por represalia
calc-total = Total
calc-verify = verificar con asesoría legal
calc-policy = política de la ciudad, aún no es ley
calc-invalid = Revise este campo: { $field }
calc-calculate = Calcular
calc-record = Registrar como la determinación
determination-state-pending = Determinación en espera de aprobación
determination-state-approved = Determinación aprobada
determination-state-returned = Determinación devuelta
determination-by = Registrada por { $who }
determination-approve = Aprobar
determination-return = Devolver para hacer cambios
letters-title = Cartas
referrals-title = Remisiones
referrals-hint = Cuando se confirma una amenaza con inmigración o con la policía y hay salarios sin pagar, se proponen estas remisiones. Decide un(a) supervisor(a); nunca se envía nada automáticamente, y nunca a las autoridades de control de inmigración.
referral-dest-colorado_ag = Fiscal General de Colorado (protección de los trabajadores)
referral-dest-federal_forced_labor = Ley federal sobre trabajo forzoso (18 U.S.C. § 1589)
referral-state-proposed = Propuesta, en espera de un(a) supervisor(a)
referral-state-approved = Aprobada por { $who }
referral-state-declined = Rechazada por { $who }
referral-reason = Motivo de la decisión
referral-approve = Aprobar la remisión
referral-decline = Rechazar
referral-letter = Carta de remisión (PDF)
employer-repeat = { $count ->
    [one] Reincidente: 1 infracción más en 5 años
   *[other] Reincidente: { $count } infracciones más en 5 años
}
employer-complaints = { $count ->
    [one] 1 queja
   *[other] { $count } quejas
}
employer-aliases = Otros nombres
employer-add-alias = Agregar otro nombre
employer-add = Agregar
employer-addresses = Direcciones
employer-links = Negocios relacionados (responsabilidad solidaria)
employer-link-name = Nombre del negocio
employer-link-kind = Para este empleador, es su
employer-cases = Quejas
link-general-contractor = contratista general
link-staffing-agency = agencia de empleo temporal
link-subcontractor = subcontratista
link-client = cliente
link-general-contractor-of = contratista general de
link-staffing-agency-of = agencia de empleo temporal de
link-subcontractor-of = subcontratista de
link-client-of = cliente de
error-forbidden = Su rol no le permite hacer esto.
error-not-assignee = Primero tome el caso: solo la persona asignada o un supervisor puede trabajar en él.
error-own-determination = Otro supervisor debe aprobar esta determinación: usted la registró.
error-case-invalid = Revise lo que escribió.
error-case-field = Revise este campo: { $field }
error-move-illegal_transition = Un caso no puede pasar de "{ $from }" a "{ $to }".
error-move-resolution_required = Elija cómo se resolvió el caso.
error-move-resolution_not_allowed = Elija una resolución solo cuando el nuevo estado sea "Resuelta".
error-move-resolution_not_from_here = Esa resolución no es posible en esta etapa.
error-move-reason_required = Escriba por qué cambia el estado del caso.
error-needs-approval = Primero un(a) supervisor(a) debe aprobar la determinación.
error-wrong-stage = Registre una determinación solo mientras el caso esté en investigación o se esté tomando una decisión.
error-nothing-pending = No hay ninguna determinación en espera de aprobación.
error-calc-no_periods = Escriba un período de trabajo.
error-calc-period_ends_before_start = El período de trabajo termina antes de empezar.
error-calc-negative_hours = Las horas no pueden ser negativas.
error-calc-overtime_exceeds_hours = Las horas extra no pueden ser más que las horas trabajadas.
error-calc-no_minimum_wage = No hay un salario mínimo registrado para ese período.
error-calc-too_many_periods = Demasiados períodos de trabajo.
error-calc-overflow = Las cantidades son demasiado grandes.
error-calc-too_many_instances = Demasiados casos de represalia (200 como máximo).
error-referral-not-proposed = Esta remisión no está propuesta para este caso.

## Letters (PDF)
letter-notice-title = Aviso de queja salarial
letter-demand-title = Requerimiento de pago
letter-determination-title = Determinación
letter-case = Caso: { $case }
letter-date = Fecha: { $date }
letter-notice-intro = Denver Labor, la oficina de normas laborales de la Ciudad de Denver, recibió una queja salarial sobre { $employer }.
letter-demand-intro = Después de investigar el caso { $case }, Denver Labor, la oficina de normas laborales de la Ciudad de Denver, determina que { $employer } debe las cantidades que aparecen abajo.
letter-determination-intro = Denver Labor, la oficina de normas laborales de la Ciudad de Denver, tomó una decisión en el caso { $case } sobre { $employer }. Aprobada el { $date }.
letter-unknown = sin indicar
letter-worker-named = La queja fue presentada por { $name }.
letter-worker-described = La queja se refiere a una persona que trabajó como { $role } desde { $start } hasta { $end }. Su nombre no se revela.
letter-violations = Lo que se denunció:
letter-total = Total: { $amount }
letter-verify = * Esta cantidad se basa en una norma que todavía debe verificarse con asesoría legal.
letter-retaliation-found = Represalias comprobadas:
letter-retaliation-finding = { $kind }: { $count } confirmado(s)
letter-policy = ** Esta cantidad se basa en la política de la ciudad, que todavía no es ley.
letter-referral-title = Remisión
letter-referral-to = Destinatario: { $recipient }
letter-referral-intro = Denver Labor (la oficina de normas laborales de la Ciudad de Denver) remite el caso { $case } sobre { $employer } para su revisión. Un(a) supervisor(a) aprobó esta remisión el { $date }.
letter-referral-why = Motivo: { $why }
letter-referral-owed = Cantidades adeudadas según la determinación aprobada: { $amount }.
letter-referral-no-status = Denver Labor (la oficina de normas laborales de la Ciudad de Denver) no pregunta ni registra el estatus migratorio de ningún trabajador y no comparte nada con las autoridades de control de inmigración. Le solicitamos que no comparta esta remisión con las autoridades de inmigración.
letter-notice-respond = Usted tiene 21 días a partir de la fecha de este aviso para responder y enviar los registros de nómina del período: hojas de horas, talones de pago y comprobantes de pago.
letter-demand-pay = Pague dentro de los 14 días siguientes a la fecha de esta carta. Según C.R.S. 8-4-109, los salarios que no se paguen dentro de los 14 días siguientes a un requerimiento de pago por escrito generan multas adicionales.
letter-retaliation-warning = Es ilegal tomar represalias contra cualquier trabajador por quejarse, incluida cualquier amenaza de llamar a las autoridades de inmigración o a la policía. Denver impone una multa de $5,000 por cada acto de represalia.
letter-no-status = Esta oficina no pregunta ni registra el estatus migratorio de nadie.
case-language = Idioma

## Account errors (staff accounts and two-factor set-up)
error-account-password-too-short = La contraseña debe tener al menos 12 caracteres.
error-account-password-too-long = La contraseña debe tener como máximo 256 caracteres.
error-account-password-one-character = La contraseña no puede ser un solo carácter repetido.
error-account-password-few-characters = La contraseña necesita más caracteres distintos.
error-account-password-common = La contraseña se parece demasiado a una contraseña común.
error-account-password-contains-email = La contraseña no debe contener el nombre del correo electrónico (la parte antes de la @).
error-account-bad-email = Esto no es una dirección de correo electrónico.
error-account-bad-role = Elija un rol: investigador(a), supervisor(a), defensor(a) o administrador(a).
error-account-org-required = Un(a) defensor(a) pertenece a una organización: escriba el nombre de la organización.
error-account-exists = Ya existe un usuario con este correo electrónico.
error-account-not-found = No hay ningún usuario con este correo electrónico.
error-account-not-allowed = Solo los administradores pueden gestionar las cuentas.
error-account-org-name = Una organización necesita un nombre de 200 caracteres como máximo.
error-account-totp-already-on = La verificación en dos pasos ya está activada.
error-account-totp-not-started = Primero empiece a configurar la verificación en dos pasos.
error-account-totp-wrong-code = Ese código no es correcto. Revise la hora de su teléfono e intente otra vez.
error-account-wrong-current-password = La contraseña actual no es correcta.

## Text messages (SMS door). Short: one text is 160 Latin characters or 70 in other scripts.
sms-status = Reclamo { $tracking }: { $status }
sms-latest = Lo último ({ $date }): { $entry }
sms-help = Reclamo, quejas por robo de salario en Denver. Para ver una queja, envíe su código de seguimiento y su código de acceso. Para presentar una queja, llame al { $phone }. Envíe STOP o ALTO para no recibir más mensajes.
sms-stop = Reclamo ya no le enviará mensajes. Su queja sigue adelante. Envíe HELP o AYUDA para recibir ayuda.
sms-not-found = Reclamo: no hay ninguna queja con esos códigos. Revise los dos códigos e intente otra vez, o llame al { $phone }.
sms-usage = Reclamo: envíe su código de seguimiento (10 dígitos) y su código de acceso (15 dígitos) para ver el estado de su queja. Envíe HELP o AYUDA para recibir ayuda.
sms-rate-limited = Reclamo: demasiados intentos. Espere { $minutes } minutos e intente otra vez.
sms-busy = Reclamo está muy ocupado. Por favor, envíe su mensaje otra vez en un minuto.
