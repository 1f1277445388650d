<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
<context>
    <name>AdjustPage</name>
    <message>
        <source>Damaged</source>
        <translation>Повредено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>С изтекъл срок</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Изгубено</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Откраднато</translation>
    </message>
    <message>
        <source>Found (adds stock)</source>
        <translation>Намерено (добавя наличност)</translation>
    </message>
    <message>
        <source>Correction (adds or removes)</source>
        <translation>Корекция (добавя или изважда)</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>Изваждане от наличността</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Добавяне към наличността</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(изберете причина)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Какво се е случило (по желание)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Посока</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (задължително)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партида</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Record adjustment (Ctrl+Enter)</source>
        <translation>Запиши корекцията (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Корекция</translation>
    </message>
    <message>
        <source>Adjust stock at {site}</source>
        <translation>Корекция на наличността в {site}</translation>
    </message>
    <message>
        <source>(any lot: soonest expiry first)</source>
        <translation>(всяка партида: първо с най-близък срок)</translation>
    </message>
    <message>
        <source>{lot}: expires {expiry}, {qty} on hand</source>
        <translation>{lot}: изтича на {expiry}, {qty} налични</translation>
    </message>
    <message>
        <source>Recorded: {qty:+d} of {item} at {site} ({reason}).</source>
        <translation>Записано: {qty:+d} от {item} в {site} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Catalogue</source>
        <extracomment>The lowest permission of any tab: logistics officers see the catalogue and sites.</extracomment>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Sites and reorder levels</source>
        <translation>Обекти и нива за поръчка</translation>
    </message>
    <message>
        <source>Entitlement rules</source>
        <translation>Правила за полагаемото</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Потребители</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Проверка на регистъра</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Резервно копие и възстановяване</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Sync between laptops</source>
        <translation>Синхронизация между лаптопите</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backup</source>
        <extracomment>Asked before a restore; tests replace it. Returns True to go on. After a restore the application closes: the restored file may need migrating and every page would show the old data. Tests replace it.</extracomment>
        <translation>Резервно копие</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Направено (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ръчно</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>преди обновяване</translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation>Размер (MiB)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Направи копие сега</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Възстанови избраното копие…</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are the server&apos;s job: pg_dump (and pg_restore to bring one back), scheduled on the server by its administrator.</source>
        <translation>Тази база данни е на сървър PostgreSQL. Резервните ѝ копия са работа на сървъра: pg_dump (и pg_restore за възстановяване), насрочени на сървъра от администратора му.</translation>
    </message>
    <message>
        <source>Database: {path}. A checked copy is taken every day and before every upgrade; backups are kept in {folder}.</source>
        <translation>База данни: {path}. Проверено копие се прави всеки ден и преди всяко обновяване; копията се пазят в {folder}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Копието е записано и проверено: {name}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Архивиране на базата данни…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Възстановяване на копие</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}?

Everything recorded after that backup is no longer in the database (the current file is kept aside, never deleted). HSP Desk closes when the restore is done; start it again to work on the restored data.</source>
        <translation>Да се замени ли базата данни с копието {name}?

Всичко, записано след това копие, вече няма да е в базата (текущият файл се пази настрана, никога не се изтрива). HSP Desk се затваря след възстановяването; стартирайте го отново, за да работите с възстановените данни.</translation>
    </message>
    <message>
        <source>The backup was restored. HSP Desk closes now: start it again.</source>
        <translation>Копието е възстановено. HSP Desk се затваря сега: стартирайте го отново.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Първо изберете копие от списъка.</translation>
    </message>
    <message>
        <source> The replaced database was kept as {name}.</source>
        <translation> Заменената база данни е запазена като {name}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Възстановено: {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Възстановяване…</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мярка</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Баркод</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок на годност</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Сериен номер</translation>
    </message>
    <message>
        <source>Kit components</source>
        <translation>Съставки на комплекта</translation>
    </message>
    <message>
        <source>Filter: type part of a code, name or category…</source>
        <translation>Филтър: въведете част от код, наименование или категория…</translation>
    </message>
    <message>
        <source>e.g. HYG-SHAMPOO</source>
        <translation>напр. HYG-SHAMPOO</translation>
    </message>
    <message>
        <source>Expiry date on every delivery</source>
        <translation>Срок на годност при всяка доставка</translation>
    </message>
    <message>
        <source>Serial numbers (SIM cards)</source>
        <translation>Серийни номера (SIM карти)</translation>
    </message>
    <message>
        <source>For a kit: HYG-SOAP:2; HYG-TBRUSH:1</source>
        <translation>За комплект: HYG-SOAP:2; HYG-TBRUSH:1</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Добави артикула</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>Основна мярка</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавяне на артикул</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>Каталог на артикулите</translation>
    </message>
    <message>
        <source>Goods received (receipts)</source>
        <translation>Получени стоки (приемания)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Внасяне от Excel…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>Запиши празен шаблон…</translation>
    </message>
    <message>
        <source>Every row is checked first: one wrong row and nothing is imported.</source>
        <translation>Всеки ред се проверява първо: един грешен ред и нищо не се внася.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Внасяне от Excel</translation>
    </message>
    <message>
        <source>{code} was added to the catalogue.</source>
        <translation>{code} е добавен в каталога.</translation>
    </message>
    <message>
        <source>Imported {rows} row(s) from {file}: {created}.</source>
        <translation>Внесени {rows} ред(а) от {file}: {created}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) in {file}. Correct these rows and import again.</source>
        <translation>Нищо не е внесено: {n} проблем(а) във {file}. Поправете тези редове и внесете отново.</translation>
    </message>
    <message>
        <source>Checking and importing the workbook…</source>
        <translation>Проверка и внасяне на файла…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Запис на шаблона</translation>
    </message>
    <message>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Шаблонът е записан: {path}. Попълнете го и го внесете тук.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Blind (counters do not see the expected figures)</source>
        <translation>Сляпо (броячите не виждат очакваните количества)</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Започни преброяване</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Преброяване</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партида</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Преброено</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очаквано</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Нужна е причина</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Запиши преброеното</translation>
    </message>
    <message>
        <source>Counting done: submit</source>
        <translation>Преброяването приключи: подай</translation>
    </message>
    <message>
        <source>Approve (writes the corrections)</source>
        <translation>Одобри (записва корекциите)</translation>
    </message>
    <message>
        <source>Stock counts at {site}</source>
        <translation>Преброявания в {site}</translation>
    </message>
    <message>
        <source>No count in progress here. Start one to count the shelves.</source>
        <translation>Тук няма започнато преброяване. Започнете едно, за да преброите рафтовете.</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>сляпо</translation>
    </message>
    <message>
        <source>not blind</source>
        <translation>не сляпо</translation>
    </message>
    <message>
        <source>{number}: {kind} count, {blind}, {status}; {n} of {total} lines counted.</source>
        <translation>{number}: преброяване ({kind}), {blind}, {status}; преброени {n} от {total} реда.</translation>
    </message>
    <message>
        <source>Count {number} started: type what is on each shelf.</source>
        <translation>Преброяване {number} започна: въведете какво има на всеки рафт.</translation>
    </message>
    <message>
        <source>Count {number} approved; the stock now matches the shelves.</source>
        <translation>Преброяване {number} е одобрено; наличността вече съвпада с рафтовете.</translation>
    </message>
    <message>
        <source>Saved {n} line(s) of {number}.</source>
        <translation>Записани {n} ред(а) от {number}.</translation>
    </message>
</context>
<context>
    <name>DistributePage</name>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>Сканирайте карта или въведете кода ѝ, после Enter</translation>
    </message>
    <message>
        <source>Without a card: people served</source>
        <translation>Без карта: обслужени хора</translation>
    </message>
    <message>
        <source>No card scanned.</source>
        <translation>Няма сканирана карта.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>May receive today</source>
        <translation>Може да получи днес</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>Последни посещения</translation>
    </message>
    <message>
        <source>Items (click to add; right-click to take one off)</source>
        <translation>Артикули (щракване за добавяне; десен бутон за премахване на един)</translation>
    </message>
    <message>
        <source>Give (Enter)</source>
        <translation>Дай (Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Изчисти (Esc)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Отмени последното (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Раздаване</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Раздаване</translation>
    </message>
    <message>
        <source>Distribute at {site}</source>
        <translation>Раздаване в {site}</translation>
    </message>
    <message>
        <source>Bundle {name}: {lines}</source>
        <translation>Комплект {name}: {lines}</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>Карта {code}: {status}</translation>
    </message>
    <message>
        <source>household of {n}</source>
        <translation>домакинство от {n}</translation>
    </message>
    <message>
        <source>household size not recorded</source>
        <translation>размерът на домакинството не е записан</translation>
    </message>
    <message>
        <source>{rule}: not for this household</source>
        <translation>{rule}: не за това домакинство</translation>
    </message>
    <message>
        <source>{rule}: {n} of {limit} left</source>
        <translation>{rule}: остават {n} от {limit}</translation>
    </message>
    <message>
        <source>{rule}: none left; again from {day}</source>
        <translation>{rule}: не остава нищо; отново от {day}</translation>
    </message>
    <message>
        <source>No rules are set: anything in stock may be given.</source>
        <translation>Няма зададени правила: всичко налично може да се даде.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation>Първо посещение.</translation>
    </message>
    <message>
        <source>Without a card: enter how many people are served.</source>
        <translation>Без карта: въведете колко души са обслужени.</translation>
    </message>
    <message>
        <source>Nothing to give yet: click an item or a bundle.</source>
        <translation>Още няма какво да се даде: щракнете артикул или комплект.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card first, or tick “Without a card”.</source>
        <translation>Първо сканирайте картата на човека или отметнете „Без карта“.</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} души</translation>
    </message>
    <message>
        <source>Given to {who}: {items}.</source>
        <translation>Дадено на {who}: {items}.</translation>
    </message>
    <message>
        <source>The last hand-over was undone; its items are back in stock.</source>
        <translation>Последното раздаване е отменено; артикулите му са върнати в наличността.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up HSP Desk</source>
        <translation>Настройка на HSP Desk</translation>
    </message>
    <message>
        <source>Your National Society</source>
        <translation>Вашето Национално дружество</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is empty. Three short steps set it up.</source>
        <translation>Базата данни на този лаптоп е празна. Три кратки стъпки я настройват.</translation>
    </message>
    <message>
        <source>e.g. MNE</source>
        <translation>напр. MNE</translation>
    </message>
    <message>
        <source>e.g. Red Cross of Montenegro</source>
        <translation>напр. Червен кръст на Черна гора</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Кратък код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Този обект</translation>
    </message>
    <message>
        <source>The Humanitarian Service Point, warehouse or team this laptop works for.</source>
        <translation>Хуманитарният пункт за услуги, складът или екипът, за който работи този лаптоп.</translation>
    </message>
    <message>
        <source>e.g. MNE-ROZAJE</source>
        <translation>напр. MNE-ROZAJE</translation>
    </message>
    <message>
        <source>A mobile site (van, tent, team)</source>
        <translation>Мобилен обект (бус, палатка, екип)</translation>
    </message>
    <message>
        <source>Start with the standard HSP items (water, food, hygiene kits, SIM cards…)</source>
        <translation>Започни със стандартните артикули на HSP (вода, храна, хигиенни комплекти, SIM карти…)</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Код на обекта</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <source>The first user</source>
        <translation>Първият потребител</translation>
    </message>
    <message>
        <source>A branch manager, who then adds the other users.</source>
        <translation>Ръководител на клона, който после добавя останалите потребители.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>Парола (8 или повече знака)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Паролата отново</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Двете пароли се различават. Въведете ги отново.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>open</source>
        <translation>открито</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>приключено</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>&amp;Предаване на смяна</translation>
    </message>
    <message>
        <source>Name of the coordinator handing over</source>
        <translation>Име на координатора, който предава</translation>
    </message>
    <message>
        <source>Tick the items counted at this handover</source>
        <translation>Отметнете артикулите, преброени при това предаване</translation>
    </message>
    <message>
        <source>Count these at every handover here</source>
        <translation>Брой тези при всяко предаване тук</translation>
    </message>
    <message>
        <source>Start the handover</source>
        <translation>Започни предаването</translation>
    </message>
    <message>
        <source>Outgoing coordinator</source>
        <translation>Предаващ координатор</translation>
    </message>
    <message>
        <source>Shift started at</source>
        <translation>Смяната започна в</translation>
    </message>
    <message>
        <source>Start a handover</source>
        <translation>Започване на предаване</translation>
    </message>
    <message>
        <source>Items to count (blind):</source>
        <translation>Артикули за преброяване (сляпо):</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партида</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Преброено</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очаквано</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <source>Name of the coordinator taking over</source>
        <translation>Име на координатора, който поема</translation>
    </message>
    <message>
        <source>Open issues for the next shift: stock expected, broken scanner, … (never about a person)</source>
        <translation>Открити въпроси за следващата смяна: очаквана стока, повреден скенер, … (никога за човек)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Запиши преброеното</translation>
    </message>
    <message>
        <source>Close the handover</source>
        <translation>Приключи предаването</translation>
    </message>
    <message>
        <source>Save PDF to sign…</source>
        <translation>Запиши PDF за подпис…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>Запиши Excel…</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Отвори отчета</translation>
    </message>
    <message>
        <source>Incoming coordinator</source>
        <translation>Поемащ координатор</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Открити въпроси</translation>
    </message>
    <message>
        <source>This handover</source>
        <translation>Това предаване</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Предаване на смяна</translation>
    </message>
    <message>
        <source>Shift handover at {site}</source>
        <translation>Предаване на смяната в {site}</translation>
    </message>
    <message>
        <source>{number}: {who}, {status}, since {start}</source>
        <translation>{number}: {who}, {status}, от {start}</translation>
    </message>
    <message>
        <source>No handover here yet. Fill in the left side and start one at the end of the shift.</source>
        <translation>Тук още няма предаване. Попълнете лявата страна и започнете в края на смяната.</translation>
    </message>
    <message>
        <source>{number} is open: {who} hands over. Count each line without looking at the stock list (blind), then enter the incoming coordinator and close.</source>
        <translation>{number} е открито: {who} предава. Пребройте всеки ред, без да гледате списъка с наличности (сляпо), после въведете поемащия координатор и приключете.</translation>
    </message>
    <message>
        <source>No items are counted at this handover.</source>
        <translation>При това предаване не се броят артикули.</translation>
    </message>
    <message>
        <source>{number} closed: {out} handed over to {inc} at {end}.</source>
        <translation>{number} е приключено: {out} предаде на {inc} в {end}.</translation>
    </message>
    <message>
        <source>Count {count} waits for approval on the Count page (a reason for each variance).</source>
        <translation>Преброяване {count} чака одобрение на страница Преброяване (причина за всяка разлика).</translation>
    </message>
    <message>
        <source>{n} item(s) are now counted at every handover at {site}.</source>
        <translation>{n} артикул(а) вече се броят при всяко предаване в {site}.</translation>
    </message>
    <message>
        <source>Handover {number} started. Count the lines, then close it.</source>
        <translation>Предаване {number} започна. Пребройте редовете, после го приключете.</translation>
    </message>
    <message>
        <source>Type the counted figures in the Counted column first.</source>
        <translation>Първо въведете преброените количества в колона Преброено.</translation>
    </message>
    <message>
        <source>Saved {n} counted line(s).</source>
        <translation>Записани {n} преброени ред(а).</translation>
    </message>
    <message>
        <source>Handover {number} closed. Save the PDF and sign it together.</source>
        <translation>Предаване {number} е приключено. Запишете PDF файла и го подпишете заедно.</translation>
    </message>
    <message>
        <source>Save the handover report</source>
        <translation>Запиши отчета за предаването</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Producing the handover report…</source>
        <translation>Изготвяне на отчета за предаването…</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type a name or code, or scan</source>
        <extracomment>Enter was pressed on a known item (a scanner sends the code and Enter).</extracomment>
        <translation>Артикул: въведете наименование или код, или сканирайте</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kit</source>
        <translation>Комплект</translation>
    </message>
    <message>
        <source>How many kits</source>
        <translation>Колко комплекта</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Съставка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Per kit</source>
        <translation>За комплект</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Необходимо</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Налично</translation>
    </message>
    <message>
        <source>Enough for</source>
        <translation>Достатъчно за</translation>
    </message>
    <message>
        <source>Assemble</source>
        <translation>Сглоби</translation>
    </message>
    <message>
        <source>Take apart</source>
        <translation>Разглоби</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Комплекти</translation>
    </message>
    <message>
        <source>Assemble kits at {site}</source>
        <translation>Сглобяване на комплекти в {site}</translation>
    </message>
    <message>
        <source>Assembled {n} × {kit} at {site}.</source>
        <translation>Сглобени {n} × {kit} в {site}.</translation>
    </message>
    <message>
        <source>Took apart {n} × {kit} at {site}.</source>
        <translation>Разглобени {n} × {kit} в {site}.</translation>
    </message>
</context>
<context>
    <name>LedgerCheckTab</name>
    <message>
        <source>Recomputing every balance from the ledger…</source>
        <extracomment>The words shown for each check while it runs, by the check&apos;s function name.</extracomment>
        <translation>Преизчисляване на всяка наличност от регистъра…</translation>
    </message>
    <message>
        <source>Checking that every entry is as HSP Desk wrote it…</source>
        <translation>Проверка, че всеки запис е такъв, какъвто HSP Desk го е записал…</translation>
    </message>
    <message>
        <source>Checking the hand-outs against the ledger…</source>
        <translation>Проверка на раздаванията спрямо регистъра…</translation>
    </message>
    <message>
        <source>The check recomputes every stock balance from the movements, and checks that nothing was changed outside HSP Desk. It only reads: hand-outs can go on while it runs. A routine check reads what was written since the last one (seconds); &quot;Check everything&quot; re-reads the whole ledger (about half a minute per million movements).</source>
        <translation>Проверката преизчислява всяка складова наличност от движенията и проверява, че нищо не е променяно извън HSP Desk. Тя само чете: раздаванията могат да продължат, докато тече. Редовната проверка чете записаното след последната (секунди); „Провери всичко“ чете отново целия регистър (около половин минута на милион движения).</translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation>Провери регистъра</translation>
    </message>
    <message>
        <source>Check everything</source>
        <translation>Провери всичко</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Какво е открито</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Спиране на проверката…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Проверката е спряна. Нищо не е променено.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and every row and all {n} audit entries are as HSP Desk wrote them.</source>
        <translation>Не е открит проблем. Всяка наличност съответства на регистъра, а всеки ред и всички {n} одитни записа са такива, каквито HSP Desk ги е записал.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and the {n} entries written since the last check ({when} UTC) are as HSP Desk wrote them.</source>
        <translation>Не е открит проблем. Всяка наличност съответства на регистъра, а {n} записа от последната проверка ({when} UTC) са такива, каквито HSP Desk ги е записал.</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was changed. Each line says where. Keep recording as usual, and send this list to your branch manager: the database was changed outside HSP Desk (or damaged), and the backup from before the change can be restored on the &quot;Backup and restore&quot; tab.</source>
        <translation>Открити проблеми: {n}; нищо не е променено. Всеки ред казва къде. Продължете да записвате както обикновено и изпратете този списък на ръководителя на клона: базата данни е променена извън HSP Desk (или е повредена), а резервното копие отпреди промяната може да бъде възстановено в раздела „Резервно копие и възстановяване“.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Lot / batch (optional)</source>
        <translation>Партида (по желание)</translation>
    </message>
    <message>
        <source>Only for items with an expiry date</source>
        <translation>Само за артикули със срок на годност</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добави ред</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мярка</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партида</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок на годност</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>Choose an item from the list first.</source>
        <translation>Първо изберете артикул от списъка.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Въведете количество над 0.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HSP Desk: screen locked</source>
        <translation>HSP Desk: екранът е заключен</translation>
    </message>
    <message>
        <source>HSP Desk: sign in</source>
        <translation>HSP Desk: вход</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отключи</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Вход като друг потребител</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>Екранът беше заключен след известно време без работа.</translation>
    </message>
    <message>
        <source>Demo users: volunteer, coordinator, logistics, manager; password {pw}</source>
        <extracomment>How long a Python thread keeps the interpreter lock while another waits for it (the interpreter&apos;s default is 5 ms). The GUI thread takes the lock for every cell Qt paints; while a worker runs Python (a page read ahead, a report, an import), each take may wait the whole interval: stock card frames painted during a read ahead reached 50-54 ms.</extracomment>
        <translation>Демо потребители: volunteer, coordinator, logistics, manager; парола {pw}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HSP Desk</source>
        <translation>HSP Desk</translation>
    </message>
    <message>
        <source>The site you are working at (Ctrl+L)</source>
        <translation>Обектът, в който работите (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Обект:</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Вписан: {user} ({role})</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Not given</source>
        <translation>Не е дадено</translation>
    </message>
    <message>
        <source>Why the rule is set aside (never about the person)</source>
        <translation>Защо правилото се пренебрегва (никога за човека)</translation>
    </message>
    <message>
        <source>A coordinator may give it anyway, with a reason:</source>
        <translation>Координатор може все пак да го даде, с причина:</translation>
    </message>
    <message>
        <source>Override and give</source>
        <translation>Пренебрегни и дай</translation>
    </message>
    <message>
        <source>Only a coordinator may override this rule. Nothing was recorded.</source>
        <translation>Само координатор може да пренебрегне това правило. Нищо не е записано.</translation>
    </message>
    <message>
        <source>Do not give</source>
        <translation>Не давай</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Who delivered (optional)</source>
        <translation>Кой е доставил (по желание)</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the delivery note number</source>
        <translation>Бележка (по желание), напр. номерът на стоковата разписка</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Дарител</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Record receipt (Ctrl+Enter)</source>
        <translation>Запиши приемането (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Приемане</translation>
    </message>
    <message>
        <source>(no donor)</source>
        <translation>(без дарител)</translation>
    </message>
    <message>
        <source>Receive goods at {site}</source>
        <translation>Приемане на стоки в {site}</translation>
    </message>
    <message>
        <source>Recorded {number}: {n} line(s) received at {site}.</source>
        <translation>Записано {number}: {n} ред(а) приети в {site}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All sites (branch managers)</source>
        <translation>Всички обекти (ръководители на клон)</translation>
    </message>
    <message>
        <source>e.g. GRN-MNE-ROZAJE-2026-0007</source>
        <translation>напр. GRN-MNE-ROZAJE-2026-0007</translation>
    </message>
    <message>
        <source>Save report as…</source>
        <translation>Запиши отчета като…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Обекти</translation>
    </message>
    <message>
        <source>Period (from, to)</source>
        <translation>Период (от, до)</translation>
    </message>
    <message>
        <source>Item (stock card)</source>
        <translation>Артикул (складова карта)</translation>
    </message>
    <message>
        <source>Document number (GRN, waybill)</source>
        <translation>Номер на документ (стокова разписка, товарителница)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Отвори отчета</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <source>Reports for {site}</source>
        <translation>Отчети за {site}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Запиши отчета</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Producing the report…</source>
        <translation>Изготвяне на отчета…</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Applies to</source>
        <translation>Отнася се за</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Най-много</translation>
    </message>
    <message>
        <source>Per days</source>
        <translation>За дни</translation>
    </message>
    <message>
        <source>× household</source>
        <translation>× домакинство</translation>
    </message>
    <message>
        <source>Only with</source>
        <translation>Само при</translation>
    </message>
    <message>
        <source>Times the household size</source>
        <translation>Умножено по размера на домакинството</translation>
    </message>
    <message>
        <source>(every household)</source>
        <translation>(всяко домакинство)</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Запиши правилото</translation>
    </message>
    <message>
        <source>Remove the chosen rule</source>
        <translation>Премахни избраното правило</translation>
    </message>
    <message>
        <source>Item or category</source>
        <translation>Артикул или категория</translation>
    </message>
    <message>
        <source>Per (days)</source>
        <translation>За (дни)</translation>
    </message>
    <message>
        <source>Only for a household with</source>
        <translation>Само за домакинство с</translation>
    </message>
    <message>
        <source>Add or change a rule</source>
        <translation>Добавяне или промяна на правило</translation>
    </message>
    <message>
        <source>any {category} item</source>
        <translation>всеки артикул от категория {category}</translation>
    </message>
    <message>
        <source>Rule saved: at most {n} per {d} days for {what}.</source>
        <translation>Правилото е записано: най-много {n} за {d} дни за {what}.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Правилото е премахнато.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Lock the screen after (minutes without use)</source>
        <translation>Заключи екрана след (минути без работа)</translation>
    </message>
    <message>
        <source>Forget cards unseen for (days)</source>
        <translation>Забрави карти, невиждани от (дни)</translation>
    </message>
    <message>
        <source>The screen locks after this long without a key press or click; takes effect at the next sign-in.</source>
        <translation>Екранът се заключва след толкова време без натиснат клавиш или щракване; влиза в сила при следващия вход.</translation>
    </message>
    <message>
        <source>Cards not seen for this long are purged; the distribution figures stay.</source>
        <translation>Карти, невиждани толкова време, се изтриват; данните за раздаването остават.</translation>
    </message>
    <message>
        <source>Screens, reports and cards; takes effect when HSP Desk starts again.</source>
        <translation>Екрани, отчети и карти; влиза в сила при следващото стартиране на HSP Desk.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>The language follows the laptop&apos;s language, or HSP_DESK_LANG (e.g. fr, ar).</source>
        <translation>Езикът следва езика на лаптопа или HSP_DESK_LANG (напр. fr, ar).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Запиши настройките</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нищо не е променено.</translation>
    </message>
    <message>
        <source>Saved {n} setting(s).</source>
        <translation>Записани {n} настройки.</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Налично</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мярка</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Ниво за поръчка</translation>
    </message>
    <message>
        <source>Save reorder levels</source>
        <translation>Запиши нивата за поръчка</translation>
    </message>
    <message>
        <source>Reorder levels at {site}: an item at or below its level is low stock. Leave empty for none.</source>
        <translation>Нива за поръчка в {site}: артикул на или под нивото си е с ниска наличност. Оставете празно, ако няма.</translation>
    </message>
    <message>
        <source>Type a level in the Reorder level column first.</source>
        <translation>Първо въведете ниво в колона Ниво за поръчка.</translation>
    </message>
    <message>
        <source>Saved {n} reorder level(s) at {site}.</source>
        <translation>Записани {n} нива за поръчка в {site}.</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Обект</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партида</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Вход / изход</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Салдо</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Приемане</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Изходящ трансфер</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Входящ трансфер</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Раздаване</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корекция</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Корекция от преброяване</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>Сглобяване на комплекти</translation>
    </message>
    <message>
        <source>Kit disassembly</source>
        <translation>Разглобяване на комплекти</translation>
    </message>
</context>
<context>
    <name>StockCardView</name>
    <message>
        <source>Back to stock (Esc)</source>
        <extracomment>Rows fetched per scroll step of the stock card.</extracomment>
        <translation>Обратно към наличността (Esc)</translation>
    </message>
    <message>
        <source>Stock card: {code}; reading…</source>
        <translation>Складова карта: {code}; четене…</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>всички обекти</translation>
    </message>
    <message>
        <source>Stock card: {name} ({code}) at {site}; on hand {qty} {unit}; {n} movements</source>
        <translation>Складова карта: {name} ({code}) в {site}; налично {qty} {unit}; {n} движения</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter: type part of an item, category or site…</source>
        <translation>Филтър: въведете част от артикул, категория или обект…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Всички обекти</translation>
    </message>
    <message>
        <source>Only low stock, near expiry or running out</source>
        <translation>Само ниска наличност, близък срок или на изчерпване</translation>
    </message>
    <message>
        <source>Red, bold, with a warning sign: at or below the reorder level. Amber with an hourglass: expires within 30 days. Blue, bold: runs out within 7 days at the use of the last {days} days (Days left).</source>
        <translation>Червено, удебелено, с предупредителен знак: на или под нивото за поръчка. Кехлибарено с пясъчен часовник: изтича до 30 дни. Синьо, удебелено: свършва до 7 дни при потреблението от последните {days} дни (Оставащи дни).</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the item&apos;s stock card</source>
        <translation>Щракнете двукратно или натиснете Enter за складовата карта на артикула</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Наличност</translation>
    </message>
    <message>
        <source>Stock on hand: all sites</source>
        <translation>Наличност: всички обекти</translation>
    </message>
    <message>
        <source>Stock on hand: {site}</source>
        <translation>Наличност: {site}</translation>
    </message>
    <message>
        <source>{n} items in stock; {low} low; {soon} near expiry; {out} run out within 7 days</source>
        <translation>{n} артикула в наличност; {low} ниски; {soon} с близък срок; {out} свършват до 7 дни</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Site</source>
        <extracomment>Lots expiring within this many days are &quot;near expiry&quot;. Items whose stock lasts this many days or less at the recent rate of use &quot;run out soon&quot;. translate(&quot;Context&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Обект</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Налично</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мярка</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Ниво за поръчка</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Най-близък срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Оставащи дни</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>Days of stock left per (site code, item code); None: nothing was used lately.</extracomment>
        <translation>Ниска наличност</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>С изтекъл срок</translation>
    </message>
    <message>
        <source>Expires in {0} days</source>
        <translation>Изтича след {0} дни</translation>
    </message>
    <message>
        <source>Runs out in {0} days</source>
        <translation>Свършва след {0} дни</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Export a bundle…</source>
        <translation>Експортирай пакет…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Внеси пакет…</translation>
    </message>
    <message>
        <source>Households served beyond a rule on two laptops while offline (short household id only):</source>
        <translation>Домакинства, обслужени над правило на два лаптопа без връзка (само кратък код на домакинството):</translation>
    </message>
    <message>
        <source>This laptop: {device}. Last bundle exported: {last}. Changes recorded since: {n}. Bundles imported from {devices} other laptop(s); {held} held back.</source>
        <translation>Този лаптоп: {device}. Последен експортиран пакет: {last}. Записани промени оттогава: {n}. Пакети, внесени от {devices} други лаптопа; {held} задържани.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>още няма</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop yet: import the branch&apos;s key file with &apos;hsp-desk bundle key import FILE&apos;.</source>
        <translation>На този лаптоп още няма ключ на клона: внесете файла с ключа на клона с &apos;hsp-desk bundle key import FILE&apos;.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Експорт на пакет</translation>
    </message>
    <message>
        <source>Collecting what this laptop recorded…</source>
        <translation>Събиране на записаното от този лаптоп…</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle: no file was written.</source>
        <translation>Нищо ново от последния пакет: не е записан файл.</translation>
    </message>
    <message>
        <source>Bundle #{seq} written to {path}: {n} row(s), {m} movement(s). Take it to the other laptop and import it there.</source>
        <translation>Пакет №{seq} е записан в {path}: {n} ред(а), {m} движения. Занесете го на другия лаптоп и го внесете там.</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>Експортиране на пакета…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Внасяне на пакет</translation>
    </message>
    <message>
        <source>Checking the seal and importing…</source>
        <translation>Проверка на печата и внасяне…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Внасяне на пакета…</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} was imported before: nothing changed.</source>
        <translation>Пакет №{seq} от {device} вече е внесен: нищо не се промени.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} is held back until bundle(s) {missing} of that laptop are imported; it is then imported by itself.</source>
        <translation>Пакет №{seq} от {device} се задържа, докато не бъдат внесени пакети {missing} от този лаптоп; тогава се внася сам.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} imported: {new} new row(s), {moves} movement(s); {updated} updated; {present} already here.</source>
        <translation>Пакет №{seq} от {device} е внесен: {new} нови реда, {moves} движения; {updated} обновени; {present} вече налични.</translation>
    </message>
    <message>
        <source>{n} held bundle(s) were imported after it.</source>
        <translation>След него бяха внесени {n} задържани пакета.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that wrote to the database finished: pages refresh what they show.</extracomment>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Print new cards…</source>
        <extracomment>Set by tests and scripts to skip the Save-as dialog.</extracomment>
        <translation>Отпечатай нови карти…</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Нови карти</translation>
    </message>
    <message>
        <source>How many cards</source>
        <translation>Колко карти</translation>
    </message>
    <message>
        <source>Scan the old card, or type its code</source>
        <translation>Сканирайте старата карта или въведете кода ѝ</translation>
    </message>
    <message>
        <source>Replace the lost card…</source>
        <translation>Замени изгубената карта…</translation>
    </message>
    <message>
        <source>Lost or damaged card</source>
        <translation>Изгубена или повредена карта</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>Стара карта</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Отвори PDF файла</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карти</translation>
    </message>
    <message>
        <source>Anonymous cards at {site}</source>
        <translation>Анонимни карти в {site}</translation>
    </message>
    <message>
        <source>Save the card sheet</source>
        <translation>Запиши листа с карти</translation>
    </message>
    <message>
        <source>{n} cards on {pages} page(s): {path}</source>
        <translation>{n} карти на {pages} страници: {path}</translation>
    </message>
    <message>
        <source>Printing cards…</source>
        <translation>Отпечатване на картите…</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Запиши новата карта</translation>
    </message>
    <message>
        <source>The old card is revoked. New card {code} (same household): {path}</source>
        <translation>Старата карта е анулирана. Нова карта {code} (същото домакинство): {path}</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Note (optional): driver, vehicle…</source>
        <translation>Бележка (по желание): шофьор, превозно средство…</translation>
    </message>
    <message>
        <source>Dispatch waybill (Ctrl+Enter)</source>
        <translation>Изпрати товарителницата (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Изпращане на стоки</translation>
    </message>
    <message>
        <source>To site</source>
        <translation>Към обект</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Товарителница</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Изпратено</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Изпратени</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получени</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Загубени при транспорта</translation>
    </message>
    <message>
        <source>Receive this waybill</source>
        <translation>Приеми тази товарителница</translation>
    </message>
    <message>
        <source>Choose a waybill; type what arrived in the Received column.</source>
        <translation>Изберете товарителница; въведете пристигналото в колона Получени.</translation>
    </message>
    <message>
        <source>Waybills in transit</source>
        <translation>Товарителници в транзит</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Трансфер</translation>
    </message>
    <message>
        <source>Transfers from and to {site}</source>
        <translation>Трансфери от и към {site}</translation>
    </message>
    <message>
        <source>Waybill {number} dispatched to {site}; it is now in transit.</source>
        <translation>Товарителница {number} е изпратена до {site}; вече е в транзит.</translation>
    </message>
    <message>
        <source>Type what arrived in the Received column, then receive.</source>
        <translation>Въведете пристигналото в колона Получени, после приемете.</translation>
    </message>
    <message>
        <source>This waybill goes to {site}: receive it there (choose that site at the top).</source>
        <translation>Тази товарителница е за {site}: приемете я там (изберете този обект горе).</translation>
    </message>
    <message>
        <source>Waybill {number} received.</source>
        <translation>Товарителница {number} е приета.</translation>
    </message>
    <message>
        <source>{n} unit(s) lost in transit are recorded on the waybill.</source>
        <translation>{n} бройки, загубени при транспорта, са записани в товарителницата.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>деактивиран</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последен вход</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заключен до</translation>
    </message>
    <message>
        <source>e.g. amina.h</source>
        <translation>напр. amina.h</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Добави потребителя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <source>Password (8 or more)</source>
        <translation>Парола (8 или повече)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Паролата отново</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавяне на потребител</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Изберете потребител от списъка.</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Смени ролята</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Задай тази парола</translation>
    </message>
    <message>
        <source>Disable (cannot sign in)</source>
        <translation>Деактивирай (не може да влиза)</translation>
    </message>
    <message>
        <source>Enable again</source>
        <translation>Активирай отново</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Нова парола</translation>
    </message>
    <message>
        <source>The chosen user</source>
        <translation>Избраният потребител</translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation>{user} е деактивиран.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>{user} може отново да влиза.</translation>
    </message>
    <message>
        <source>{user} ({name}), {role}</source>
        <translation>{user} ({name}), {role}</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Двете пароли се различават. Въведете ги отново.</translation>
    </message>
    <message>
        <source>{user} was added as {role}.</source>
        <translation>{user} е добавен като {role}.</translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation>{user} вече е {role}.</translation>
    </message>
    <message>
        <source>{user} has a new password (and is no longer locked out).</source>
        <translation>{user} има нова парола (и вече не е заключен).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>translate(&quot;errors&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Нещо се обърка: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Нищо не е записано.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не е направено</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Нещо се обърка</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>volunteer</source>
        <extracomment>The role names of domain.roles.LABELS, marked here for translation (the domain has no Qt).</extracomment>
        <translation>доброволец</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>logistics officer</source>
        <translation>служител по логистика</translation>
    </message>
    <message>
        <source>branch manager</source>
        <translation>ръководител на клона</translation>
    </message>
</context>
</TS>
