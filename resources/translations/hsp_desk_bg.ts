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
        <source>not used yet</source>
        <extracomment>A card&apos;s status in words (a revoked card is refused before it is shown).</extracomment>
        <translation>още неизползвана</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>в употреба</translation>
    </message>
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
        <source>; </source>
        <comment>between the parts of the card&apos;s line</comment>
        <translation>; </translation>
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
    <message>
        <source>
  ... and {n} more</source>
        <translation>
  ... и още {n}</translation>
    </message>
    <message>
        <source>
... and {n} more.</source>
        <translation>
... и още {n}.</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> на {day}</translation>
    </message>
    <message>
        <source> per household member ({limit} for {size})</source>
        <translation> на член на домакинството ({limit} за домакинство от {size})</translation>
    </message>
    <message>
        <source>&apos;hsp-desk sites&apos; lists the sites; their codes start with it.</source>
        <translation>Командата &apos;hsp-desk sites&apos; показва обектите; кодовете им започват с кода на Националното дружество.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens keys&apos; lists them.</source>
        <translation>Командата &apos;hsp-desk tokens keys&apos; ги показва.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens rules&apos; lists them.</source>
        <translation>Командата &apos;hsp-desk tokens rules&apos; ги показва.</translation>
    </message>
    <message>
        <source>&apos;{band}&apos; is not an age band; use one of {bands}.</source>
        <translation>„{band}“ не е възрастова група; използвайте една от {bands}.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an item category.</source>
        <translation>„{category}“ не е категория артикули.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; cannot be a deployment code.</source>
        <translation>„{code}“ не може да бъде код на внедряването.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag.</source>
        <translation>„{flag}“ не е признак.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag; use one of {flags}.</source>
        <translation>„{flag}“ не е признак; използвайте един от {flags}.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not an adjustment reason.</source>
        <translation>„{given}“ не е причина за корекция.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be imported.</source>
        <translation>„{kind}“ не може да се внася.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of count.</source>
        <translation>„{kind}“ не е вид преброяване.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .xlsx file name.</source>
        <translation>„{name}“ не е име на файл .pdf или .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not one of {sexes} (female, male, other or not said).</source>
        <translation>„{sex}“ не е от {sexes} (жена, мъж, друго или не е посочено).</translation>
    </message>
    <message>
        <source>&apos;{site_type}&apos; is not a site type.</source>
        <translation>„{site_type}“ не е вид обект.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger fingerprint.</source>
        <translation>„{text}“ не е отпечатък на регистъра.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>„{value}“ не е число</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>„{value}“ не е цяло число</translation>
    </message>
    <message>
        <source>, only for a household with: {flag}</source>
        <translation>, само за домакинство с: {flag}</translation>
    </message>
    <message>
        <source>A batch is 1 to {limit} cards.</source>
        <translation>Наведнъж могат да се издадат от 1 до {limit} карти.</translation>
    </message>
    <message>
        <source>A branch name is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Името на клона съдържа от 1 до 64 букви, цифри, &apos;-&apos;, &apos;_&apos; или &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A card code has letters and digits only, e.g. 7K3Q-M9XA-22FB-HC4D-Z. Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Кодът на картата съдържа само букви и цифри, напр. 7K3Q-M9XA-22FB-HC4D-Z. Нищо не е записано. Сканирайте QR кода отново или въведете кода, отпечатан под него.</translation>
    </message>
    <message>
        <source>A card code has {length} characters (16 and a last check character); this one has {typed}.</source>
        <translation>Кодът на картата има {length} знака (16 и последен контролен знак); този има {typed}.</translation>
    </message>
    <message>
        <source>A coordinator can issue a new card. Nothing was recorded.</source>
        <translation>Координатор може да издаде нова карта. Нищо не е записано.</translation>
    </message>
    <message>
        <source>A coordinator can undo an older one from the history.</source>
        <translation>Координатор може да отмени по-старо раздаване от историята.</translation>
    </message>
    <message>
        <source>A forecast over {days} days is not possible.</source>
        <translation>Прогноза за {days} дни не е възможна.</translation>
    </message>
    <message>
        <source>A full count takes every item at the site.</source>
        <translation>Пълното преброяване обхваща всеки артикул в обекта.</translation>
    </message>
    <message>
        <source>A goods received note needs at least one line.</source>
        <translation>Стоковата разписка трябва да има поне един ред.</translation>
    </message>
    <message>
        <source>A hand-over to a card is for one household: no head count.</source>
        <translation>Раздаването по карта е за едно домакинство: без брой хора.</translation>
    </message>
    <message>
        <source>A hand-over without a card needs the number of people served.</source>
        <translation>Раздаването без карта изисква броя на обслужените хора.</translation>
    </message>
    <message>
        <source>A handover needs the incoming coordinator&apos;s name.</source>
        <translation>За предаването на смяната е нужно името на поемащия координатор.</translation>
    </message>
    <message>
        <source>A handover needs the outgoing coordinator&apos;s name.</source>
        <translation>За предаването на смяната е нужно името на предаващия координатор.</translation>
    </message>
    <message>
        <source>A handover report is saved as .pdf or .xlsx, not &apos;{given}&apos;.</source>
        <translation>Отчетът за предаването се записва като .pdf или .xlsx, не като „{given}“.</translation>
    </message>
    <message>
        <source>A household size is 1 to {most}.</source>
        <translation>Размерът на домакинството е от 1 до {most}.</translation>
    </message>
    <message>
        <source>A partial count needs the items to count.</source>
        <translation>Частичното преброяване изисква артикулите, които да се броят.</translation>
    </message>
    <message>
        <source>A passphrase for the branch key needs at least {min} characters.</source>
        <translation>Фразата за достъп до ключа на клона трябва да има поне {min} знака.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Паролата трябва да има поне {min} знака.</translation>
    </message>
    <message>
        <source>A quantity must be a whole number.</source>
        <translation>Количеството трябва да е цяло число.</translation>
    </message>
    <message>
        <source>A quantity of 0 records nothing.</source>
        <translation>Количество 0 не записва нищо.</translation>
    </message>
    <message>
        <source>A quantity to issue must be above 0.</source>
        <translation>Количеството за издаване трябва да е над 0.</translation>
    </message>
    <message>
        <source>A reorder level cannot be below 0.</source>
        <translation>Нивото за поръчка не може да е под 0.</translation>
    </message>
    <message>
        <source>A reorder level must be a whole number of 0 or more, not {level!r}.</source>
        <translation>Нивото за поръчка трябва да е цяло число, 0 или повече, а не {level!r}.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>Сторнирането изисква причина.</translation>
    </message>
    <message>
        <source>A rule needs a quantity above 0 and a period of 1 to 3660 days.</source>
        <translation>Правилото изисква количество над 0 и период от 1 до 3660 дни.</translation>
    </message>
    <message>
        <source>A site with the code {code} exists already.</source>
        <translation>Вече има обект с код {code}.</translation>
    </message>
    <message>
        <source>A stock card is for one item.</source>
        <translation>Складовата карта е за един артикул.</translation>
    </message>
    <message>
        <source>A stock card is for one site, or for all sites together.</source>
        <translation>Складовата карта е за един обект или за всички обекти заедно.</translation>
    </message>
    <message>
        <source>A transfer must go to another site.</source>
        <translation>Трансферът трябва да е към друг обект.</translation>
    </message>
    <message>
        <source>A waybill needs at least one line.</source>
        <translation>Товарителницата трябва да има поне един ред.</translation>
    </message>
    <message>
        <source>A {kind} can only add to stock.</source>
        <translation>Движение от вида „{kind}“ може само да добавя към наличността.</translation>
    </message>
    <message>
        <source>A {kind} can only take from stock.</source>
        <translation>Движение от вида „{kind}“ може само да изважда от наличността.</translation>
    </message>
    <message>
        <source>Add more sites in Admin instead.</source>
        <translation>Вместо това добавете още обекти в Администрация.</translation>
    </message>
    <message>
        <source>Add the donor to the catalogue first, or leave the donor empty.</source>
        <translation>Първо добавете дарителя в каталога или оставете полето за дарител празно.</translation>
    </message>
    <message>
        <source>Add the items received.</source>
        <translation>Добавете получените артикули.</translation>
    </message>
    <message>
        <source>Add the items sent.</source>
        <translation>Добавете изпратените артикули.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (damaged, expired, lost, stolen, found or correction).</source>
        <translation>Корекцията изисква причина (повредено, с изтекъл срок, изгубено, откраднато, намерено или корекция).</translation>
    </message>
    <message>
        <source>An adjustment of 0 changes nothing.</source>
        <translation>Корекция с 0 не променя нищо.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>Артикулът трябва да има код и наименование.</translation>
    </message>
    <message>
        <source>An item with the code {code} exists already.</source>
        <translation>Вече има артикул с код {code}.</translation>
    </message>
    <message>
        <source>An override reason is at most {limit} characters.</source>
        <translation>Причината за пренебрегване на правилото е най-много {limit} знака.</translation>
    </message>
    <message>
        <source>Another laptop was changing the same stock at the same moment.</source>
        <translation>Друг лаптоп променяше същата наличност в същия момент.</translation>
    </message>
    <message>
        <source>Approve or cancel that count first.</source>
        <translation>Първо одобрете или отменете това преброяване.</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s new card. Nothing was recorded.</source>
        <translation>Поискайте новата карта на човека. Нищо не е записано.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the pg_dump schedule.</source>
        <translation>Попитайте администратора на сървъра за графика на pg_dump.</translation>
    </message>
    <message>
        <source>Ask your branch manager.</source>
        <translation>Попитайте ръководителя на клона.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed} and {more} more.</source>
        <translation>Пакет {seq} от {device} изважда повече наличност, отколкото има в тази база данни: {listed} и още {more}.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed}.</source>
        <translation>Пакет {seq} от {device} изважда повече наличност, отколкото има в тази база данни: {listed}.</translation>
    </message>
    <message>
        <source>Cancelling a count needs a reason.</source>
        <translation>Отмяната на преброяване изисква причина.</translation>
    </message>
    <message>
        <source>Check both and try again; after 5 wrong passwords the account is locked for 5 minutes.</source>
        <translation>Проверете двете и опитайте отново; след 5 грешни пароли профилът се заключва за 5 минути.</translation>
    </message>
    <message>
        <source>Check that both laptops run the same HSP Desk version. Nothing was imported.</source>
        <translation>Проверете дали на двата лаптопа работи една и съща версия на HSP Desk. Нищо не е внесено.</translation>
    </message>
    <message>
        <source>Check that you chose the .hspsync file written by &apos;bundle export&apos;. Nothing was imported.</source>
        <translation>Проверете дали сте избрали файла .hspsync, записан с &apos;bundle export&apos;. Нищо не е внесено.</translation>
    </message>
    <message>
        <source>Check the code against the card and type it again, or scan the QR code. Nothing was recorded.</source>
        <translation>Сравнете кода с картата и го въведете отново или сканирайте QR кода. Нищо не е записано.</translation>
    </message>
    <message>
        <source>Check the code on the card, e.g. 7K3Q-M9XA-22FB-HC4D-Z, and type it again. Nothing was recorded.</source>
        <translation>Проверете кода на картата, напр. 7K3Q-M9XA-22FB-HC4D-Z, и го въведете отново. Нищо не е записано.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk items&apos; lists the catalogue.</source>
        <translation>Проверете кода; командата &apos;hsp-desk items&apos; показва каталога.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk sites&apos; lists them.</source>
        <translation>Проверете кода; командата &apos;hsp-desk sites&apos; ги показва.</translation>
    </message>
    <message>
        <source>Check the count number.</source>
        <translation>Проверете номера на преброяването.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Проверете името на файла и папката.</translation>
    </message>
    <message>
        <source>Check the id.</source>
        <translation>Проверете идентификатора.</translation>
    </message>
    <message>
        <source>Check the item code.</source>
        <translation>Проверете кода на артикула.</translation>
    </message>
    <message>
        <source>Check the lot number and the date on the box.</source>
        <translation>Проверете номера на партидата и датата на кашона.</translation>
    </message>
    <message>
        <source>Check the lot number on the box.</source>
        <translation>Проверете номера на партидата на кашона.</translation>
    </message>
    <message>
        <source>Check the lot number on the box; goods of a new lot are received on a GRN.</source>
        <translation>Проверете номера на партидата на кашона; стоки от нова партида се приемат със стокова разписка.</translation>
    </message>
    <message>
        <source>Check the movement id.</source>
        <translation>Проверете идентификатора на движението.</translation>
    </message>
    <message>
        <source>Check the name of the backup file.</source>
        <translation>Проверете името на файла с резервното копие.</translation>
    </message>
    <message>
        <source>Check the number on the load sheet.</source>
        <translation>Проверете номера в товарния лист (товарителницата).</translation>
    </message>
    <message>
        <source>Check the number on the paper.</source>
        <translation>Проверете номера на хартиения документ.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Проверете пътя.</translation>
    </message>
    <message>
        <source>Check the quantity&apos;s sign.</source>
        <translation>Проверете знака на количеството (плюс или минус).</translation>
    </message>
    <message>
        <source>Check the shift&apos;s start time.</source>
        <translation>Проверете началния час на смяната.</translation>
    </message>
    <message>
        <source>Check the times.</source>
        <translation>Проверете часовете.</translation>
    </message>
    <message>
        <source>Choose a file made by hsp-desk backup.</source>
        <translation>Изберете файл, направен с hsp-desk backup.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .xlsx.</source>
        <translation>Изберете име на файл, завършващо на .pdf или .xlsx.</translation>
    </message>
    <message>
        <source>Choose a longer one (a few words). Nothing was written.</source>
        <translation>Изберете по-дълга (няколко думи). Нищо не е записано.</translation>
    </message>
    <message>
        <source>Choose a longer one; a short sentence is easy to remember.</source>
        <translation>Изберете по-дълга; кратко изречение се запомня лесно.</translation>
    </message>
    <message>
        <source>Choose a lot from the list.</source>
        <translation>Изберете партида от списъка.</translation>
    </message>
    <message>
        <source>Choose a lot of the same item.</source>
        <translation>Изберете партида на същия артикул.</translation>
    </message>
    <message>
        <source>Choose a new file name.</source>
        <translation>Изберете ново име на файл.</translation>
    </message>
    <message>
        <source>Choose a reason that fits, &apos;counting error&apos; or &apos;other&apos; with a note.</source>
        <translation>Изберете подходяща причина: „counting error“ (грешка при броенето) или „other“ (друго) с бележка.</translation>
    </message>
    <message>
        <source>Choose a shorter period or fewer sites.</source>
        <translation>Изберете по-кратък период или по-малко обекти.</translation>
    </message>
    <message>
        <source>Choose a site from the list.</source>
        <translation>Изберете обект от списъка.</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue.</source>
        <translation>Изберете артикул от каталога.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <translation>Изберете по-старо резервно копие.</translation>
    </message>
    <message>
        <source>Choose another code.</source>
        <translation>Изберете друг код.</translation>
    </message>
    <message>
        <source>Choose another number of cards.</source>
        <translation>Изберете друг брой карти.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Изберете друго потребителско име.</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Изберете поне един артикул.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Изберете от списъка.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <translation>Изберете едно от: {kinds}.</translation>
    </message>
    <message>
        <source>Choose one of: {languages}.</source>
        <translation>Изберете един от: {languages}.</translation>
    </message>
    <message>
        <source>Choose one of: {reports}.</source>
        <translation>Изберете един от: {reports}.</translation>
    </message>
    <message>
        <source>Choose one of: {roles}.</source>
        <translation>Изберете една от: {roles}.</translation>
    </message>
    <message>
        <source>Choose the file written by &apos;bundle key export&apos;. Nothing was changed.</source>
        <translation>Изберете файла, записан с &apos;bundle key export&apos;. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Choose the reason and record it again.</source>
        <translation>Изберете причината и запишете отново.</translation>
    </message>
    <message>
        <source>Choose the receiving site.</source>
        <translation>Изберете приемащия обект.</translation>
    </message>
    <message>
        <source>Close HSP Desk on this laptop (every window), then try again.</source>
        <translation>Затворете HSP Desk на този лаптоп (всеки прозорец), после опитайте отново.</translation>
    </message>
    <message>
        <source>Compare each character with the card and type it again. Nothing was recorded.</source>
        <translation>Сравнете всеки знак с картата и въведете кода отново. Нищо не е записано.</translation>
    </message>
    <message>
        <source>Correct its components.</source>
        <translation>Поправете съставките му.</translation>
    </message>
    <message>
        <source>Correct the kit&apos;s components.</source>
        <translation>Поправете съставките на комплекта.</translation>
    </message>
    <message>
        <source>Correct the line and record the note again.</source>
        <translation>Поправете реда и запишете стоковата разписка отново.</translation>
    </message>
    <message>
        <source>Correct these rows in the workbook and import it again.</source>
        <translation>Поправете тези редове във файла и го внесете отново.</translation>
    </message>
    <message>
        <source>Count every item that was loaded or is on board (0 if none is left). Nothing was recorded.</source>
        <translation>Пребройте всеки артикул, който е бил натоварен или е в превозното средство (0, ако не е останал). Нищо не е записано.</translation>
    </message>
    <message>
        <source>Count them (enter 0 for an empty shelf), or start a partial count instead.</source>
        <translation>Пребройте ги (въведете 0 за празен рафт) или вместо това започнете частично преброяване.</translation>
    </message>
    <message>
        <source>Count {number} cannot be approved yet:
  - {problems}</source>
        <translation>Преброяване {number} още не може да бъде одобрено:
  - {problems}</translation>
    </message>
    <message>
        <source>Count {number} is {status}.</source>
        <translation>Преброяване {number} е в състояние {status}.</translation>
    </message>
    <message>
        <source>Count {number}: the correction of {item} would take {requested} away, but only {on_hand} are on hand now at {site} (stock left after the line was counted).</source>
        <translation>Преброяване {number}: корекцията на {item} би извадила {requested}, но в {site} сега има налични само {on_hand} (наличността, останала след преброяването на реда).</translation>
    </message>
    <message>
        <source>Create one with &apos;hsp-desk bundle key create --branch NAME&apos;.</source>
        <translation>Създайте ключ с &apos;hsp-desk bundle key create --branch NAME&apos;.</translation>
    </message>
    <message>
        <source>Define its components in the catalogue first.</source>
        <translation>Първо определете съставките му в каталога.</translation>
    </message>
    <message>
        <source>Distribution {id} does not exist.</source>
        <translation>Раздаване {id} не съществува.</translation>
    </message>
    <message>
        <source>Do not hand anything over on it; nothing was recorded. If the card looks genuine, scan it again or type the code printed under the QR code.</source>
        <translation>Не давайте нищо по нея; нищо не е записано. Ако картата изглежда истинска, сканирайте я отново или въведете кода, отпечатан под QR кода.</translation>
    </message>
    <message>
        <source>Do not rename or delete the columns of the exported workbook.</source>
        <translation>Не преименувайте и не изтривайте колоните на експортирания файл.</translation>
    </message>
    <message>
        <source>E.g. the branch&apos;s site code, MNE-PODGORICA. Nothing was written.</source>
        <translation>Напр. кодът на обекта на клона, MNE-PODGORICA. Нищо не е записано.</translation>
    </message>
    <message>
        <source>End the output file name with .pdf or .xlsx.</source>
        <translation>Завършете името на изходния файл с .pdf или .xlsx.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Въведете 0 или повече.</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>Въведете число от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>Enter a number in that range.</source>
        <translation>Въведете число в този диапазон.</translation>
    </message>
    <message>
        <source>Enter a positive quantity.</source>
        <translation>Въведете положително количество.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Въведете количество над 0.</translation>
    </message>
    <message>
        <source>Enter a quantity between 0 and what was sent; extra goods go on a GRN.</source>
        <translation>Въведете количество между 0 и изпратеното; излишните стоки се записват със стокова разписка.</translation>
    </message>
    <message>
        <source>Enter at least one line.</source>
        <translation>Въведете поне един ред.</translation>
    </message>
    <message>
        <source>Enter each line once (add the figures up first).</source>
        <translation>Въведете всеки ред по веднъж (първо съберете количествата).</translation>
    </message>
    <message>
        <source>Enter how many kits.</source>
        <translation>Въведете колко комплекта.</translation>
    </message>
    <message>
        <source>Enter it in the item&apos;s unit.</source>
        <translation>Въведете го в мярката на артикула.</translation>
    </message>
    <message>
        <source>Enter it in {unit}s.</source>
        <translation>Въведете го в мярката на артикула ({unit}).</translation>
    </message>
    <message>
        <source>Enter it.</source>
        <translation>Въведете го.</translation>
    </message>
    <message>
        <source>Enter the counted figures first.</source>
        <translation>Първо въведете преброените количества.</translation>
    </message>
    <message>
        <source>Enter the name of the person taking over.</source>
        <translation>Въведете името на човека, който поема смяната.</translation>
    </message>
    <message>
        <source>Enter the number of units counted.</source>
        <translation>Въведете броя преброени бройки.</translation>
    </message>
    <message>
        <source>Enter the quantity to add or remove.</source>
        <translation>Въведете количеството за добавяне или изваждане.</translation>
    </message>
    <message>
        <source>Enter what is on the shelf.</source>
        <translation>Въведете какво има на рафта.</translation>
    </message>
    <message>
        <source>Export the count workbook again and fill that in.</source>
        <translation>Експортирайте отново файла за преброяването и попълнете новия файл.</translation>
    </message>
    <message>
        <source>Fill in both.</source>
        <translation>Попълнете и двете.</translation>
    </message>
    <message>
        <source>Fill in one row per item or per line received, then import again.</source>
        <translation>Попълнете по един ред за всеки артикул или за всеки получен ред, после внесете отново.</translation>
    </message>
    <message>
        <source>Fill in the &apos;Counted&apos; column first.</source>
        <translation>Първо попълнете колоната „Counted“ (Преброено).</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Попълнете го.</translation>
    </message>
    <message>
        <source>For example MNE-ROZAJE.</source>
        <translation>Например MNE-ROZAJE.</translation>
    </message>
    <message>
        <source>Full count {number}: {uncounted} line(s) are not counted yet.</source>
        <translation>Пълно преброяване {number}: още има непреброени редове ({uncounted}).</translation>
    </message>
    <message>
        <source>Give a fitting reason for each variance (or recount), then approve again. Nothing was recorded.</source>
        <translation>Посочете подходяща причина за всяка разлика (или пребройте отново), после одобрете отново. Нищо не е записано.</translation>
    </message>
    <message>
        <source>Give a number of days (the setting&apos;s default is {default}).</source>
        <translation>Посочете брой дни (стойността по подразбиране на настройката е {default}).</translation>
    </message>
    <message>
        <source>Give its number (--number), e.g. GRN-MNE-WH-2026-0001.</source>
        <translation>Посочете номера му (--number), напр. GRN-MNE-WH-2026-0001.</translation>
    </message>
    <message>
        <source>Give one of: {allowed}; then approve again.</source>
        <translation>Посочете една от: {allowed}; после одобрете отново.</translation>
    </message>
    <message>
        <source>Give one site, or none for all sites.</source>
        <translation>Посочете един обект или никакъв за всички обекти.</translation>
    </message>
    <message>
        <source>Give the deployment code, e.g. the National Society&apos;s code.</source>
        <translation>Посочете кода на внедряването, напр. кода на Националното дружество.</translation>
    </message>
    <message>
        <source>Give the item code (--item).</source>
        <translation>Посочете кода на артикула (--item).</translation>
    </message>
    <message>
        <source>Give the lot number of each figure.</source>
        <translation>Посочете номера на партидата за всяко количество.</translation>
    </message>
    <message>
        <source>Give the lot number on the box; a lot never received here goes on a GRN.</source>
        <translation>Посочете номера на партидата от кашона; партида, която никога не е приемана тук, се записва със стокова разписка.</translation>
    </message>
    <message>
        <source>Give the lot number with the reason.</source>
        <translation>Посочете номера на партидата заедно с причината.</translation>
    </message>
    <message>
        <source>HSP Desk has no translation called {text!r}.</source>
        <translation>HSP Desk няма превод с име {text!r}.</translation>
    </message>
    <message>
        <source>HSP Desk may not write the file.</source>
        <translation>HSP Desk няма право да запише файла.</translation>
    </message>
    <message>
        <source>HSP Desk may not write {file}.</source>
        <translation>HSP Desk няма право да запише {file}.</translation>
    </message>
    <message>
        <source>Handover {number} is closed already.</source>
        <translation>Предаване {number} вече е приключено.</translation>
    </message>
    <message>
        <source>Import the branch&apos;s key file (&apos;hsp-desk bundle key import FILE&apos;), or create the branch&apos;s first key (&apos;hsp-desk bundle key create --branch NAME&apos;). No bundle was written.</source>
        <translation>Внесете файла с ключа на клона (&apos;hsp-desk bundle key import FILE&apos;) или създайте първия ключ на клона (&apos;hsp-desk bundle key create --branch NAME&apos;). Не е записан пакет.</translation>
    </message>
    <message>
        <source>It can be received only once.</source>
        <translation>Товарителницата може да бъде приета само веднъж.</translation>
    </message>
    <message>
        <source>It cannot be used here, and nothing was recorded. A coordinator can issue a card of this desk.</source>
        <translation>Картата не може да се използва тук и нищо не е записано. Координатор може да издаде карта от тази инсталация.</translation>
    </message>
    <message>
        <source>Item {id} does not exist.</source>
        <translation>Артикул {id} не съществува.</translation>
    </message>
    <message>
        <source>Its reversal is {reversal}.</source>
        <translation>Сторниращото движение е {reversal}.</translation>
    </message>
    <message>
        <source>Keep it on this laptop&apos;s own disk, or ask the branch for a shared PostgreSQL server.</source>
        <translation>Дръжте я на собствения диск на този лаптоп или поискайте от клона общ сървър PostgreSQL.</translation>
    </message>
    <message>
        <source>Kit {kit} cannot contain itself.</source>
        <translation>Комплект {kit} не може да съдържа сам себе си.</translation>
    </message>
    <message>
        <source>Kit {kit}: component {code} needs a quantity above 0.</source>
        <translation>Комплект {kit}: съставката {code} изисква количество над 0.</translation>
    </message>
    <message>
        <source>Known settings: {known}.</source>
        <translation>Известни настройки: {known}.</translation>
    </message>
    <message>
        <source>Leave the head count empty, or hand over without a card.</source>
        <translation>Оставете броя хора празен или раздайте без карта.</translation>
    </message>
    <message>
        <source>Leave the items out, or make it a partial count.</source>
        <translation>Не посочвайте артикули или направете преброяването частично.</translation>
    </message>
    <message>
        <source>Load a vehicle only for a mobile site; use a transfer for fixed sites.</source>
        <translation>Товарете превозно средство само за мобилен обект; за стационарни обекти използвайте трансфер.</translation>
    </message>
    <message>
        <source>Look at its reconciliation.</source>
        <translation>Вижте равнението му.</translation>
    </message>
    <message>
        <source>Lot {id} does not exist.</source>
        <translation>Партида {id} не съществува.</translation>
    </message>
    <message>
        <source>Lot {lot} of {item} was received before with expiry {before}, not {expiry}.</source>
        <translation>Партида {lot} на {item} вече е приемана със срок на годност {before}, а не {expiry}.</translation>
    </message>
    <message>
        <source>Make another user branch manager first.</source>
        <translation>Първо направете друг потребител ръководител на клона.</translation>
    </message>
    <message>
        <source>Move it out of that folder (the default location is safe), or set HSP_DESK_DATA_DIR to a local folder.</source>
        <translation>Преместете я извън тази папка (мястото по подразбиране е безопасно) или задайте HSP_DESK_DATA_DIR на локална папка.</translation>
    </message>
    <message>
        <source>Movement {id} does not exist.</source>
        <translation>Движение {id} не съществува.</translation>
    </message>
    <message>
        <source>Name at least one item.</source>
        <translation>Посочете поне един артикул.</translation>
    </message>
    <message>
        <source>National Society code</source>
        <translation>код на Националното дружество</translation>
    </message>
    <message>
        <source>National Society name</source>
        <translation>име на Националното дружество</translation>
    </message>
    <message>
        <source>No counted figures were given.</source>
        <translation>Не са подадени преброени количества.</translation>
    </message>
    <message>
        <source>No good backup was found. Ask your logistics officer for help before starting again with an empty database.</source>
        <translation>Не е намерено изправно резервно копие. Помолете служителя по логистика за помощ, преди да започнете отново с празна база данни.</translation>
    </message>
    <message>
        <source>Not enough {item} at {site}: {requested}{unit} asked for, {on_hand}{unit} on hand.</source>
        <translation>Няма достатъчно {item} в {site}: поискани {requested}{unit}, налични {on_hand}{unit}.</translation>
    </message>
    <message>
        <source>Not given. {why}</source>
        <translation>Не е дадено. {why}</translation>
    </message>
    <message>
        <source>Nothing has been counted on {number}.</source>
        <translation>Нищо не е преброено в {number}.</translation>
    </message>
    <message>
        <source>Nothing to hand over: no item was chosen.</source>
        <translation>Няма какво да се раздаде: не е избран артикул.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Няма какво да се отмени.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нищо не е променено.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your branch for the right key file.</source>
        <translation>Нищо не е променено. Поискайте от клона правилния файл с ключа.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again.</source>
        <translation>Нищо не е променено. Опитайте отново.</translation>
    </message>
    <message>
        <source>Nothing was imported. Ask for a fresh copy of the bundle from the laptop that wrote it.</source>
        <translation>Нищо не е внесено. Поискайте ново копие на пакета от лаптопа, който го е записал.</translation>
    </message>
    <message>
        <source>Nothing was imported. Cards must be signed with keys shared through the branch: import the branch&apos;s bundle on every laptop before issuing cards.</source>
        <translation>Нищо не е внесено. Картите трябва да се подписват с ключове, споделени чрез клона: внесете пакета на клона на всеки лаптоп, преди да издавате карти.</translation>
    </message>
    <message>
        <source>Nothing was imported. If it is your branch&apos;s, import the branch key first (&apos;hsp-desk bundle key import FILE&apos;).</source>
        <translation>Нищо не е внесено. Ако пакетът е от вашия клон, първо внесете ключа на клона (&apos;hsp-desk bundle key import FILE&apos;).</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the branch&apos;s bundle first, then this one again; if it still fails, send this message to your branch ({error}).</source>
        <translation>Нищо не е внесено. Първо внесете пакета на клона, после отново този; ако пак не успее, изпратете това съобщение на клона ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported. Record here what is missing first (the receipt, the transfer in, or a &apos;found&apos; adjustment at that site), or import the bundle that brings that stock, then import this bundle again.</source>
        <translation>Нищо не е внесено. Първо запишете тук липсващото (приемането, входящия трансфер или корекция „намерено“ в този обект) или внесете пакета, който носи тази наличност, после внесете този пакет отново.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Нищо не е записано.</translation>
    </message>
    <message>
        <source>Nothing was recorded. A coordinator can issue the person a new card.</source>
        <translation>Нищо не е записано. Координатор може да издаде на човека нова карта.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask a coordinator or your branch manager to do it, or to change your role.</source>
        <translation>Нищо не е записано. Помолете координатор или ръководителя на клона да го направи или да промени ролята ви.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask the coordinator on shift to approve it.</source>
        <translation>Нищо не е записано. Помолете координатора на смяна да го одобри.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask your logistics officer to check the folder where the database is kept, then start HSP Desk again.</source>
        <translation>Нищо не е записано. Помолете служителя по логистика да провери папката, в която е базата данни, след това стартирайте HSP Desk отново.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check that the disk or USB stick that holds it is still connected, then start HSP Desk again. If it happens again, the disk may be failing: restore the newest backup on another disk (Admin, Backup and restore).</source>
        <translation>Нищо не е записано. Проверете дали дискът или USB паметта, на която е базата, все още е свързана, след това стартирайте HSP Desk отново. Ако това се повтори, дискът може би се поврежда: възстановете най-новото резервно копие на друг диск (Администрация, Резервно копие и възстановяване).</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the quantity.</source>
        <translation>Нищо не е записано. Поправете количеството.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Give less, or a coordinator may override with a reason.</source>
        <translation>Нищо не е записано. Дайте по-малко или координатор може да пренебрегне правилото, като посочи причина.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Lower the quantity, or record the delivery that is missing first.</source>
        <translation>Нищо не е записано. Намалете количеството или първо запишете липсващата доставка.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Reopen the count and count that item again, then approve.</source>
        <translation>Нищо не е записано. Отворете отново преброяването, пребройте пак този артикул, после одобрете.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Нищо не е записано. Сканирайте QR кода отново или въведете кода, отпечатан под него.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again.</source>
        <translation>Нищо не е записано. Опитайте отново.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Update HSP Desk on this laptop, or type the code printed under the QR code.</source>
        <translation>Нищо не е записано. Обновете HSP Desk на този лаптоп или въведете кода, отпечатан под QR кода.</translation>
    </message>
    <message>
        <source>Nothing was recorded; what was recorded before is safe. Free some space on that disk (empty the recycle bin, move old reports or backups to a USB stick), then record it again.</source>
        <translation>Нищо не е записано; записаното преди това е на сигурно място. Освободете място на този диск (изпразнете кошчето, преместете стари отчети или резервни копия на USB памет), след това запишете отново.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder, such as Documents, or unlock the USB stick, then try again.</source>
        <translation>Нищо не е запазено. Изберете друга папка, например Documents, или отключете USB паметта, след това опитайте отново.</translation>
    </message>
    <message>
        <source>Nothing was saved. Free some space (empty the recycle bin, move old reports or backups to a USB stick), then try again.</source>
        <translation>Нищо не е запазено. Освободете място (изпразнете кошчето, преместете стари отчети или резервни копия на USB памет), след това опитайте отново.</translation>
    </message>
    <message>
        <source>Nothing was saved. If the file is open in another program (Excel, a PDF reader), close it; or choose another folder, such as Documents. Then try again.</source>
        <translation>Нищо не е запазено. Ако файлът е отворен в друга програма (Excel, програма за PDF), затворете го; или изберете друга папка, например Documents. След това опитайте отново.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>Нищо не е сканирано или въведено.</translation>
    </message>
    <message>
        <source>Only a count that is {states} can do this.</source>
        <translation>Това може да се направи само с преброяване в състояние {states}.</translation>
    </message>
    <message>
        <source>Put the {kind} in a sheet named &apos;{wanted}&apos; under a header row.</source>
        <translation>Поставете данните ({kind}) в лист с име „{wanted}“, под заглавен ред.</translation>
    </message>
    <message>
        <source>Read the date on the box and enter it.</source>
        <translation>Прочетете датата на кашона и я въведете.</translation>
    </message>
    <message>
        <source>Record goods that came without a waybill as a receipt (GRN).</source>
        <translation>Запишете стоките, дошли без товарителница, като приемане (стокова разписка).</translation>
    </message>
    <message>
        <source>Record that trip&apos;s return first.</source>
        <translation>Първо запишете връщането от този рейс.</translation>
    </message>
    <message>
        <source>Record the hand-over again instead.</source>
        <translation>Вместо това запишете раздаването отново.</translation>
    </message>
    <message>
        <source>Restore a backup with: hsp-desk restore FILE. To start with an empty database instead, move the backups folder away.</source>
        <translation>Възстановете резервно копие с: hsp-desk restore FILE. За да започнете вместо това с празна база данни, преместете папката с резервните копия другаде.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (Admin, Backup).</source>
        <translation>Възстановете най-новото изправно резервно копие (Администрация, Резервно копие).</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({newest}) with: hsp-desk restore --latest. To start with an empty database instead, move the backups folder away.</source>
        <translation>Възстановете най-новото изправно резервно копие ({newest}) с: hsp-desk restore --latest. За да започнете вместо това с празна база данни, преместете папката с резервните копия другаде.</translation>
    </message>
    <message>
        <source>Run &apos;hsp-desk verify&apos;. No bundle was written.</source>
        <translation>Изпълнете &apos;hsp-desk verify&apos;. Не е записан пакет.</translation>
    </message>
    <message>
        <source>Save it from Excel as &apos;Excel Workbook (.xlsx)&apos;, or start from the template (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</source>
        <translation>Запишете го от Excel като &apos;Excel Workbook (.xlsx)&apos; или започнете от шаблона (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</translation>
    </message>
    <message>
        <source>Say briefly why the rule is set aside; never write about the person.</source>
        <translation>Кажете накратко защо правилото се пренебрегва; никога не пишете за човека.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Кажете какво се е случило.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Кажете защо се отменя.</translation>
    </message>
    <message>
        <source>Say why it was wrong.</source>
        <translation>Кажете защо е било грешно.</translation>
    </message>
    <message>
        <source>Say why the entry was wrong.</source>
        <translation>Кажете защо записът е бил грешен.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card, or give a head count (e.g. 30 for a group).</source>
        <translation>Сканирайте картата на човека или посочете броя хора (напр. 30 за група).</translation>
    </message>
    <message>
        <source>See `hsp-desk users list`.</source>
        <translation>Вижте `hsp-desk users list`.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has a header row but no data rows.</source>
        <translation>Листът „{sheet}“ има заглавен ред, но няма редове с данни.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; lacks the columns {columns}.</source>
        <translation>В листа „{sheet}“ липсват колоните {columns}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {name} is empty.</source>
        <translation>Листът „{sheet}“ от {name} е празен.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {message}</source>
        <translation>Лист „{sheet}“, ред {row}: {message}</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Съкратете го.</translation>
    </message>
    <message>
        <source>Sign in as a branch manager and add the user.</source>
        <translation>Влезте като ръководител на клона и добавете потребителя.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>Обект {id} не съществува.</translation>
    </message>
    <message>
        <source>Start a new handover.</source>
        <translation>Започнете ново предаване на смяната.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be added.</source>
        <translation>С причина „{state}“ не може да се добавя наличност.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be removed.</source>
        <translation>С причина „{state}“ не може да се изважда наличност.</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>Разменете двете дати.</translation>
    </message>
    <message>
        <source>The account {user} is disabled.</source>
        <translation>Профилът {user} е деактивиран.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>Резервното копие не премина проверката си ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}).</source>
        <translation>Резервното копие {name} е повредено ({problem}).</translation>
    </message>
    <message>
        <source>The card key {key_id} of this bundle differs from this database&apos;s key of the same name: the laptops created their card keys separately.</source>
        <translation>Ключът за карти {key_id} в този пакет се различава от едноименния ключ в тази база данни: лаптопите са създали ключовете си за карти поотделно.</translation>
    </message>
    <message>
        <source>The code typed has a mistake: its last character does not match the others.</source>
        <translation>Във въведения код има грешка: последният му знак не съответства на останалите.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущата парола е грешна.</translation>
    </message>
    <message>
        <source>The database cannot be written to: its file or folder is read-only.</source>
        <translation>В базата данни не може да се записва: файлът или папката ѝ са само за четене.</translation>
    </message>
    <message>
        <source>The database itself may be damaged: run hsp-desk verify.</source>
        <translation>Самата база данни може да е повредена: изпълнете hsp-desk verify.</translation>
    </message>
    <message>
        <source>The database refers to {table} rows it does not hold.</source>
        <translation>Базата данни сочи към редове от {table}, които не съдържа.</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({detail}). It was moved aside to {moved}, and nothing was deleted.</source>
        <translation>Базата данни {file} е повредена ({detail}). Тя е преместена настрана в {moved} и нищо не е изтрито.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but earlier copies of it exist, so an empty one was not created in its place.</source>
        <translation>Базата данни {file} липсва, но има нейни по-ранни копия, затова на нейно място не е създадена празна.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), so it was not backed up.</source>
        <translation>Базата данни {path} е повредена ({problem}), затова не е направено резервно копие.</translation>
    </message>
    <message>
        <source>The database {path} is inside a cloud-sync folder, which corrupts it.</source>
        <translation>Базата данни {path} е в папка, синхронизирана с облак, което я поврежда.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where it can be corrupted.</source>
        <translation>Базата данни {path} е в мрежова папка, където може да се повреди.</translation>
    </message>
    <message>
        <source>The disk did not let HSP Desk read or write the database (a disk I/O error).</source>
        <translation>Дискът не позволи на HSP Desk да чете или записва базата данни (грешка при вход/изход на диска).</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written.</source>
        <translation>Дискът е пълен: файлът не можа да бъде записан.</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written.</source>
        <translation>Дискът е пълен: {file} не можа да бъде записан.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full.</source>
        <translation>Дискът, на който е базата данни, е пълен.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>Показваното име е по-дълго от 200 знака.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook ({error}).</source>
        <translation>Файлът не е работна книга на Excel ({error}).</translation>
    </message>
    <message>
        <source>The file is on a disk that cannot be written to (read-only).</source>
        <translation>Файлът е на диск, на който не може да се записва (само за четене).</translation>
    </message>
    <message>
        <source>The incoming and outgoing coordinators are the same person.</source>
        <translation>Поемащият и предаващият координатор са един и същи човек.</translation>
    </message>
    <message>
        <source>The last distribution has already been undone.</source>
        <translation>Последното раздаване вече е отменено.</translation>
    </message>
    <message>
        <source>The lot chosen belongs to another item.</source>
        <translation>Избраната партида е на друг артикул.</translation>
    </message>
    <message>
        <source>The newest good backup is {newest} (taken {taken} UTC). Restore it with: hsp-desk restore --latest</source>
        <translation>Най-новото изправно резервно копие е {newest} (направено {taken} UTC). Възстановете го с: hsp-desk restore --latest</translation>
    </message>
    <message>
        <source>The number of kits must be above 0.</source>
        <translation>Броят комплекти трябва да е над 0.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>Фразата за достъп е грешна или файлът с ключа е променян.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Периодът свършва ({end}), преди да започне ({start}).</translation>
    </message>
    <message>
        <source>The quantity of {code} must be a whole number above 0.</source>
        <translation>Количеството на {code} трябва да е цяло число над 0.</translation>
    </message>
    <message>
        <source>The quantity of {code} must be above 0, not {qty}.</source>
        <translation>Количеството на {code} трябва да е над 0, а не {qty}.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of days above 0, not {days!r}.</source>
        <translation>Срокът на съхранение трябва да е цял брой дни над 0, а не {days!r}.</translation>
    </message>
    <message>
        <source>The shift cannot end before it started.</source>
        <translation>Смяната не може да свърши, преди да е започнала.</translation>
    </message>
    <message>
        <source>The shift cannot start after the handover.</source>
        <translation>Смяната не може да започне след предаването.</translation>
    </message>
    <message>
        <source>The site code &apos;{code}&apos; may only hold letters, digits and dashes.</source>
        <translation>Кодът на обекта „{code}“ може да съдържа само букви, цифри и тирета.</translation>
    </message>
    <message>
        <source>The user name {name!r} is taken.</source>
        <translation>Потребителското име {name!r} е заето.</translation>
    </message>
    <message>
        <source>The workbook has no counted figures.</source>
        <translation>Във файла няма преброени количества.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos;.</source>
        <translation>Във файла няма лист „{sheet}“.</translation>
    </message>
    <message>
        <source>The {field} is empty.</source>
        <translation>Полето „{field}“ е празно.</translation>
    </message>
    <message>
        <source>There is no National Society with the code &apos;{code}&apos;.</source>
        <translation>Няма Национално дружество с код „{code}“.</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop, so bundles cannot be sealed.</source>
        <translation>На този лаптоп няма ключ на клона, затова пакетите не могат да бъдат запечатани.</translation>
    </message>
    <message>
        <source>There is no branch key to export.</source>
        <translation>Няма ключ на клона за експортиране.</translation>
    </message>
    <message>
        <source>There is no card key &apos;{key}&apos;.</source>
        <translation>Няма ключ за карти „{key}“.</translation>
    </message>
    <message>
        <source>There is no card key yet, so no deployment code to reuse.</source>
        <translation>Още няма ключ за карти, затова няма код на внедряването, който да се използва отново.</translation>
    </message>
    <message>
        <source>There is no card with this code in this database.</source>
        <translation>В тази база данни няма карта с този код.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Няма база данни в {path}, от която да се направи резервно копие.</translation>
    </message>
    <message>
        <source>There is no document numbered &apos;{number}&apos;.</source>
        <translation>Няма документ с номер „{number}“.</translation>
    </message>
    <message>
        <source>There is no donor with the code &apos;{code}&apos;.</source>
        <translation>Няма дарител с код „{code}“.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Няма файл {path}.</translation>
    </message>
    <message>
        <source>There is no goods received note numbered &apos;{number}&apos;.</source>
        <translation>Няма стокова разписка с номер „{number}“.</translation>
    </message>
    <message>
        <source>There is no handover numbered &apos;{number}&apos;.</source>
        <translation>Няма предаване на смяна с номер „{number}“.</translation>
    </message>
    <message>
        <source>There is no item with the code or barcode &apos;{code}&apos;.</source>
        <translation>Няма артикул с код или баркод „{code}“.</translation>
    </message>
    <message>
        <source>There is no mobile trip numbered &apos;{number}&apos;.</source>
        <translation>Няма мобилен рейс с номер „{number}“.</translation>
    </message>
    <message>
        <source>There is no report called &apos;{name}&apos;.</source>
        <translation>Няма отчет с име „{name}“.</translation>
    </message>
    <message>
        <source>There is no rule for &apos;{target}&apos;.</source>
        <translation>Няма правило за „{target}“.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Няма настройка с име {key!r}.</translation>
    </message>
    <message>
        <source>There is no site with the code &apos;{code}&apos;.</source>
        <translation>Няма обект с код „{code}“.</translation>
    </message>
    <message>
        <source>There is no user called {name!r}.</source>
        <translation>Няма потребител с име {name!r}.</translation>
    </message>
    <message>
        <source>There is no waybill numbered &apos;{number}&apos;.</source>
        <translation>Няма товарителница с номер „{number}“.</translation>
    </message>
    <message>
        <source>There is no {kind} numbered &apos;{number}&apos;.</source>
        <translation>Няма документ {kind} с номер „{number}“.</translation>
    </message>
    <message>
        <source>This QR code was not read completely, or the card was altered.</source>
        <translation>Този QR код не е прочетен изцяло или картата е подправена.</translation>
    </message>
    <message>
        <source>This branch key has the wrong length.</source>
        <translation>Този ключ на клона е с грешна дължина.</translation>
    </message>
    <message>
        <source>This bundle does not fit this database: it refers to rows it does not carry, or clashes with rows here.</source>
        <translation>Този пакет не пасва на тази база данни: сочи към редове, които не носи, или е в конфликт с редове тук.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was written, or was made for another branch.</source>
        <translation>Този пакет е променян, след като е записан, или е направен за друг клон.</translation>
    </message>
    <message>
        <source>This bundle was sealed with the key {key_id} of &apos;{branch}&apos;, which this laptop does not have: it was made for another branch.</source>
        <translation>Този пакет е запечатан с ключа {key_id} на „{branch}“, който този лаптоп няма: направен е за друг клон.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version!r}, which this version of HSP Desk cannot read.</source>
        <translation>Този пакет е записан във формат {version!r}, който тази версия на HSP Desk не може да чете.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version}, which this version of HSP Desk cannot read.</source>
        <translation>Този пакет е записан във формат {version}, който тази версия на HSP Desk не може да чете.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not fit this version of HSP Desk ({detail}).</source>
        <translation>Съдържанието на този пакет не пасва на тази версия на HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This card failed the authenticity check: it was altered, damaged or made up.</source>
        <translation>Тази карта не премина проверката за автентичност: подправена, повредена или измислена е.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of HSP Desk ({version}).</source>
        <translation>Тази карта е направена от по-нова версия на HSP Desk ({version}).</translation>
    </message>
    <message>
        <source>This card was not issued by this desk (issuer {issuer}): it belongs to another organisation or another HSP Desk installation.</source>
        <translation>Тази карта не е издадена от тази инсталация (издател {issuer}): принадлежи на друга организация или на друга инсталация на HSP Desk.</translation>
    </message>
    <message>
        <source>This card was replaced by a new card{when} and is no longer valid.</source>
        <translation>Тази карта е заменена{when} с нова карта и вече не е валидна.</translation>
    </message>
    <message>
        <source>This card was withdrawn{when} and is no longer valid.</source>
        <translation>Тази карта е анулирана{when} и вече не е валидна.</translation>
    </message>
    <message>
        <source>This card&apos;s key ({key}) has been withdrawn, so the card is no longer accepted.</source>
        <translation>Ключът на тази карта ({key}) е анулиран, затова картата вече не се приема.</translation>
    </message>
    <message>
        <source>This database already has a different branch key called {key_id}.</source>
        <translation>Тази база данни вече има друг ключ на клона с име {key_id}.</translation>
    </message>
    <message>
        <source>This database already has users, so the first user cannot be made again.</source>
        <translation>Тази база данни вече има потребители, затова първият потребител не може да бъде създаден отново.</translation>
    </message>
    <message>
        <source>This database already holds sites, so the demo was not added.</source>
        <translation>Тази база данни вече съдържа обекти, затова демонстрационните данни не са добавени.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Тази база данни вече е настроена.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, whose backups are the server&apos;s job: use pg_dump (and pg_restore to bring one back), scheduled on the server.</source>
        <translation>Тази база данни е на сървър PostgreSQL, чиито резервни копия са работа на сървъра: използвайте pg_dump (и pg_restore за възстановяване), насрочени на сървъра.</translation>
    </message>
    <message>
        <source>This distribution has already been undone.</source>
        <translation>Това раздаване вече е отменено.</translation>
    </message>
    <message>
        <source>This entry is itself an undo.</source>
        <translation>Този запис сам по себе си е отмяна.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk branch key.</source>
        <translation>Този файл не е ключ на клона на HSP Desk.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk sync bundle ({detail}).</source>
        <translation>Този файл не е пакет за синхронизация на HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This is not a card code: {chars} cannot be in one.</source>
        <translation>Това не е код на карта: {chars} не може да има в него.</translation>
    </message>
    <message>
        <source>This is not an HSP Desk card: it may be a product barcode or another organisation&apos;s code.</source>
        <translation>Това не е карта на HSP Desk: може да е баркод на продукт или код на друга организация.</translation>
    </message>
    <message>
        <source>This laptop has recorded no distribution at {site}.</source>
        <translation>Този лаптоп не е записал раздаване в {site}.</translation>
    </message>
    <message>
        <source>This movement has already been reversed.</source>
        <translation>Това движение вече е сторнирано.</translation>
    </message>
    <message>
        <source>This movement is itself a reversal.</source>
        <translation>Това движение само по себе си е сторниране.</translation>
    </message>
    <message>
        <source>This spreadsheet would be larger than 4 GB.</source>
        <translation>Тази таблица би била по-голяма от 4 GB.</translation>
    </message>
    <message>
        <source>To restore what it voided, record the original entry again.</source>
        <translation>За да възстановите анулираното от него, запишете отново първоначалния запис.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes.</source>
        <translation>Твърде много грешни пароли: {user} е заключен за {minutes} минути.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minute(s).</source>
        <translation>Твърде много грешни пароли: {user} е заключен още {minutes} мин.</translation>
    </message>
    <message>
        <source>Trip {trip} has returned already.</source>
        <translation>Рейс {trip} вече се е върнал.</translation>
    </message>
    <message>
        <source>Trip {trip}: {items} not counted on return.</source>
        <translation>Рейс {trip}: при връщането не са преброени {items}.</translation>
    </message>
    <message>
        <source>Type it as printed on the report: the entry number, a colon, then the {n} letters and digits, e.g. 12345:3fa2 9c1d 77b0 e412.</source>
        <translation>Въведете го както е отпечатан в отчета: номера на записа, двоеточие, после {n}-те букви и цифри, напр. 12345:3fa2 9c1d 77b0 e412.</translation>
    </message>
    <message>
        <source>Type the passphrase again. Nothing was changed.</source>
        <translation>Въведете фразата за достъп отново. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Undoing an older distribution needs a reason.</source>
        <translation>Отмяната на по-старо раздаване изисква причина.</translation>
    </message>
    <message>
        <source>Update HSP Desk on this laptop, then import it again. Nothing was imported.</source>
        <translation>Обновете HSP Desk на този лаптоп, после го внесете отново. Нищо не е внесено.</translation>
    </message>
    <message>
        <source>Use &apos;found&apos; to add stock, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; or &apos;stolen&apos; to remove it, or &apos;correction&apos; for either.</source>
        <translation>Използвайте „намерено“ (found), за да добавите наличност, „повредено“, „с изтекъл срок“, „изгубено“ или „откраднато“ (damaged, expired, lost, stolen), за да я извадите, или „корекция“ (correction) и за двете.</translation>
    </message>
    <message>
        <source>Use &apos;full&apos; or &apos;partial&apos;.</source>
        <translation>Използвайте &apos;full&apos; (пълно) или &apos;partial&apos; (частично).</translation>
    </message>
    <message>
        <source>Use 1 day or more.</source>
        <translation>Използвайте 1 ден или повече.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters or digits, e.g. the National Society&apos;s code (MNE).</source>
        <translation>Използвайте от 1 до 10 букви или цифри, напр. кода на Националното дружество (MNE).</translation>
    </message>
    <message>
        <source>Use a new database file (--database-url) for the demo.</source>
        <translation>За демонстрацията използвайте нов файл на база данни (--database-url).</translation>
    </message>
    <message>
        <source>Use one of: {allowed}.</source>
        <translation>Използвайте една от: {allowed}.</translation>
    </message>
    <message>
        <source>Use one of: {categories}.</source>
        <translation>Използвайте една от: {categories}.</translation>
    </message>
    <message>
        <source>Use one of: {flags}.</source>
        <translation>Използвайте един от: {flags}.</translation>
    </message>
    <message>
        <source>Use the workbook exported for this count.</source>
        <translation>Използвайте файла, експортиран за това преброяване.</translation>
    </message>
    <message>
        <source>Use up to 64 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit (for example &apos;amina.k&apos;).</source>
        <translation>Използвайте до 64 латински букви a-z, цифри, точки, тирета или долни черти, като започнете с буква или цифра (например &apos;amina.k&apos;).</translation>
    </message>
    <message>
        <source>Wait, or ask your branch manager to set a new password.</source>
        <translation>Изчакайте или помолете ръководителя на клона да зададе нова парола.</translation>
    </message>
    <message>
        <source>Waybill {number} is {status}, not in transit.</source>
        <translation>Товарителница {number} е в състояние {status}, а не в транзит.</translation>
    </message>
    <message>
        <source>Which GRN?</source>
        <translation>Коя стокова разписка?</translation>
    </message>
    <message>
        <source>Which waybill?</source>
        <translation>Коя товарителница?</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Грешно потребителско име или парола.</translation>
    </message>
    <message>
        <source>a branch manager</source>
        <translation>ръководител на клона</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>a logistics officer</source>
        <translation>служител по логистика</translation>
    </message>
    <message>
        <source>a row of {table} has no key</source>
        <translation>ред от {table} няма ключ</translation>
    </message>
    <message>
        <source>a value of {table} cannot be read</source>
        <translation>стойност от {table} не може да се прочете</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>доброволец</translation>
    </message>
    <message>
        <source>adjust stock or check the ledger</source>
        <translation>коригира наличности или проверява регистъра</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>корекция</translation>
    </message>
    <message>
        <source>an item with the code {code} exists already</source>
        <translation>вече има артикул с код {code}</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>barcode {barcode} belongs to another item already</source>
        <translation>баркодът {barcode} вече принадлежи на друг артикул</translation>
    </message>
    <message>
        <source>barcode {barcode} is also on row {row}</source>
        <translation>баркодът {barcode} се среща и на ред {row}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; is not one of {categories}</source>
        <translation>категорията „{category}“ (колона „category“) не е сред допустимите: {categories}</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>променя настройките или правилата</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>променя каталога</translation>
    </message>
    <message>
        <source>child in the household</source>
        <translation>дете в домакинството</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>затворено</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; must be up to 32 letters, digits, - . _ or /</source>
        <translation>кодът „{code}“ трябва да съдържа до 32 знака: латински букви, цифри, - . _ или /</translation>
    </message>
    <message>
        <source>code {code} is also on row {row}</source>
        <translation>кодът {code} се среща и на ред {row}</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>корекция</translation>
    </message>
    <message>
        <source>count correction</source>
        <translation>корекция от преброяване</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>преброява наличностите</translation>
    </message>
    <message>
        <source>country</source>
        <translation>държава</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повредено</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>повредена заглавна част</translation>
    </message>
    <message>
        <source>damaged {table}</source>
        <translation>повредена таблица {table}</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date (write it as 2026-03-31 or 31.03.2026)</source>
        <translation>„{date}“ в колона „date“ не е дата (въведете я като 2026-03-31 или 31.03.2026)</translation>
    </message>
    <message>
        <source>date {date} is in the future</source>
        <translation>датата {date} е в бъдещето</translation>
    </message>
    <message>
        <source>day</source>
        <translation>един ден</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>раздаване</translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation>обменя пакети за синхронизация</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>с изтекъл срок</translation>
    </message>
    <message>
        <source>expiry &apos;{expiry}&apos; is not a date</source>
        <translation>„{expiry}“ в колона „expiry“ (срок на годност) не е дата</translation>
    </message>
    <message>
        <source>found</source>
        <translation>намерено</translation>
    </message>
    <message>
        <source>full</source>
        <translation>пълно</translation>
    </message>
    <message>
        <source>give beyond a rule</source>
        <translation>дава повече, отколкото позволява правило</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>предава смяна</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>внася работни книги</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>в транзит</translation>
    </message>
    <message>
        <source>infant (under 2) in the household</source>
        <translation>бебе (под 2 години) в домакинството</translation>
    </message>
    <message>
        <source>issue or change cards</source>
        <translation>издава или променя карти</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>сглобяване на комплекти</translation>
    </message>
    <message>
        <source>kit component &apos;{part}&apos; must be written CODE:QTY, e.g. HYG-SOAP:2</source>
        <translation>съставката на комплекта „{part}“ (колона „kit components“) трябва да се запише като КОД:БРОЙ, напр. HYG-SOAP:2</translation>
    </message>
    <message>
        <source>kit component {component} is not in the catalogue (nor on an earlier row)</source>
        <translation>съставката на комплекта {component} не е в каталога (нито на по-горен ред)</translation>
    </message>
    <message>
        <source>kit component {component} needs a quantity above 0, not {qty}</source>
        <translation>съставката на комплекта {component} изисква количество над 0, а не {qty}</translation>
    </message>
    <message>
        <source>kit disassembly</source>
        <translation>разглобяване на комплекти</translation>
    </message>
    <message>
        <source>kit {code} cannot contain itself</source>
        <translation>комплектът {code} не може да съдържа сам себе си</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>изгубено</translation>
    </message>
    <message>
        <source>lot {lot} of {item} has expiry {before} on row {row}, not {expiry}</source>
        <translation>партида {lot} на {item} е със срок на годност {before} на ред {row}, а не {expiry}</translation>
    </message>
    <message>
        <source>lot {lot} of {item} was received before with expiry {before}, not {expiry}</source>
        <translation>партида {lot} на {item} вече е приемана със срок на годност {before}, а не {expiry}</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>управлява потребителите</translation>
    </message>
    <message>
        <source>missing column(s): {missing} (the header row must name: {columns})</source>
        <translation>липсваща(и) колона(и): {missing} (заглавният ред трябва да съдържа: {columns})</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>няма таблици</translation>
    </message>
    <message>
        <source>older person (60+)</source>
        <translation>възрастен човек (60+)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>отворено</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>човек с увреждане</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding woman</source>
        <translation>бременна или кърмеща жена</translation>
    </message>
    <message>
        <source>produce reports</source>
        <translation>изготвя отчети</translation>
    </message>
    <message>
        <source>produce reports of every site</source>
        <translation>изготвя отчети за всички обекти</translation>
    </message>
    <message>
        <source>quantity &apos;{qty}&apos; is not a whole number</source>
        <translation>количеството „{qty}“ не е цяло число</translation>
    </message>
    <message>
        <source>quantity {qty} must be above 0</source>
        <translation>количеството {qty} трябва да е над 0</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>приемане</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>record goods received</source>
        <translation>записва получени стоки</translation>
    </message>
    <message>
        <source>record hand-outs</source>
        <translation>записва раздавания</translation>
    </message>
    <message>
        <source>see the stock</source>
        <translation>вижда наличностите</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>код на обекта</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>име на обекта</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>откраднато</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>подадено</translation>
    </message>
    <message>
        <source>take or restore backups</source>
        <translation>прави или възстановява резервни копия</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>колоната „code“ (код) е празна</translation>
    </message>
    <message>
        <source>the columns of {table} differ</source>
        <translation>колоните на {table} се различават</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>колоната „date“ (дата) е празна</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файла</translation>
    </message>
    <message>
        <source>the item code is empty</source>
        <translation>колоната „item code“ (код на артикула) е празна</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>колоната „name“ (наименование) е празна</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>наименованието (колона „name“) е по-дълго от 200 знака</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>колоната „quantity“ (количество) е празна</translation>
    </message>
    <message>
        <source>the site code is empty</source>
        <translation>колоната „site code“ (код на обекта) е празна</translation>
    </message>
    <message>
        <source>the supplier is longer than 200 characters</source>
        <translation>доставчикът (колона „supplier“) е по-дълъг от 200 знака</translation>
    </message>
    <message>
        <source>there is no donor with the code &apos;{donor}&apos;</source>
        <translation>няма дарител с код „{donor}“</translation>
    </message>
    <message>
        <source>there is no item with the code or barcode &apos;{code}&apos;</source>
        <translation>няма артикул с код или баркод „{code}“</translation>
    </message>
    <message>
        <source>there is no site with the code &apos;{site}&apos;</source>
        <translation>няма обект с код „{site}“</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>твърде кратък</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>входящ трансфер</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>изходящ трансфер</translation>
    </message>
    <message>
        <source>transfer stock</source>
        <translation>прехвърля наличности</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; is longer than 16 characters</source>
        <translation>мярката „{unit}“ (колона „unit“) е по-дълга от 16 знака</translation>
    </message>
    <message>
        <source>unknown table {table!r}</source>
        <translation>непозната таблица {table!r}</translation>
    </message>
    <message>
        <source>unreadable contents</source>
        <translation>нечетимо съдържание</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>нечетима заглавна част</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>грешен подпис</translation>
    </message>
    <message>
        <source>{code} has expiry dates: found stock needs its lot number</source>
        <translation>{code} има срокове на годност: за намерената наличност е нужен номер на партида</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}.</source>
        <translation>{code} се брои по партиди в {number}.</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}: give the lot</source>
        <translation>{code} се брои по партиди в {number}: посочете партидата</translation>
    </message>
    <message>
        <source>{code} is not on count {number}.</source>
        <translation>{code} не е в преброяване {number}.</translation>
    </message>
    <message>
        <source>{code} lot {lot}</source>
        <translation>{code} партида {lot}</translation>
    </message>
    <message>
        <source>{code} {name} lot {lot}</source>
        <translation>{code} {name} партида {lot}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; must be yes or no</source>
        <translation>в колона „{column}“ трябва да пише yes или no, а не „{value}“</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дни</translation>
    </message>
    <message>
        <source>{file} is on a disk that cannot be written to (read-only).</source>
        <translation>{file} е на диск, на който не може да се записва (само за четене).</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>{item} has an expiry date and none was given</source>
        <translation>{item} има срок на годност, но такъв не е посочен (колона „expiry“)</translation>
    </message>
    <message>
        <source>{item} has an expiry date, and none was given.</source>
        <translation>{item} има срок на годност, а такъв не е посочен.</translation>
    </message>
    <message>
        <source>{item} has expiry dates, so found stock needs its lot number.</source>
        <translation>{item} има срокове на годност, затова за намерената наличност е нужен номер на партида.</translation>
    </message>
    <message>
        <source>{item} has no lot &apos;{lot}&apos;.</source>
        <translation>{item} няма партида „{lot}“.</translation>
    </message>
    <message>
        <source>{item} is counted per lot on {number} ({lots}).</source>
        <translation>{item} се брои по партиди в {number} ({lots}).</translation>
    </message>
    <message>
        <source>{item} is not on waybill {number}.</source>
        <translation>{item} не е в товарителница {number}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of {unit}, not {text!r}.</source>
        <translation>{key} трябва да е цял брой {unit}, а не {text!r}.</translation>
    </message>
    <message>
        <source>{key} must be from {minimum} to {maximum} {unit}, not {value}.</source>
        <translation>{key} трябва да е от {minimum} до {maximum} {unit}, а не {value}.</translation>
    </message>
    <message>
        <source>{kit} is not a kit with components.</source>
        <translation>{kit} не е комплект със съставки.</translation>
    </message>
    <message>
        <source>{label}: at most {max_qty} per {per}{member}{flag}</source>
        <translation>{label}: най-много {max_qty} за {per}{member}{flag}</translation>
    </message>
    <message>
        <source>{line} is given twice.</source>
        <translation>{line}: посочено два пъти.</translation>
    </message>
    <message>
        <source>{line}: &apos;{given}&apos; is not a variance reason.</source>
        <translation>{line}: „{given}“ не е причина за разлика.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a shortage of {qty}.</source>
        <translation>{line}: „{label}“ не може да обясни липса от {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a surplus of {qty}.</source>
        <translation>{line}: „{label}“ не може да обясни излишък от {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{qty}&apos; is not a whole number.</source>
        <translation>{line}: „{qty}“ не е цяло число.</translation>
    </message>
    <message>
        <source>{line}: a count cannot be below 0 ({qty}).</source>
        <translation>{line}: преброеното не може да е под 0 ({qty}).</translation>
    </message>
    <message>
        <source>{line}: a variance of {variance:+d} has no reason.</source>
        <translation>{line}: разлика от {variance:+d} няма причина.</translation>
    </message>
    <message>
        <source>{line}: the reason &apos;other&apos; needs a note.</source>
        <translation>{line}: причината „other“ (друго) изисква бележка.</translation>
    </message>
    <message>
        <source>{name!r} cannot be a user name.</source>
        <translation>{name!r} не може да бъде потребителско име.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {error}.</source>
        <translation>HSP Desk не може да прочете {name} като работна книга на Excel (.xlsx): {error}.</translation>
    </message>
    <message>
        <source>{name} is not an HSP Desk database.</source>
        <translation>{name} не е база данни на HSP Desk.</translation>
    </message>
    <message>
        <source>{number} is not a count session.</source>
        <translation>{number} не е преброяване.</translation>
    </message>
    <message>
        <source>{path} exists already.</source>
        <translation>{path} вече съществува.</translation>
    </message>
    <message>
        <source>{path} is in use and cannot be moved.</source>
        <translation>{path} се използва и не може да бъде преместен.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{qty} {unit} of {item} received, but {sent} were sent.</source>
        <translation>Получени са {qty} {unit} от {item}, но са изпратени {sent}.</translation>
    </message>
    <message>
        <source>{role!r} is not a role.</source>
        <translation>{role!r} не е роля.</translation>
    </message>
    <message>
        <source>{rows} row(s) of the count workbook are wrong, so nothing was imported:
  - {shown}{more}</source>
        <translation>Грешни редове във файла за преброяване: {rows}. Нищо не е внесено:
  - {shown}{more}</translation>
    </message>
    <message>
        <source>{rows} row(s) of the workbook are wrong, so nothing was imported:
{shown}{more}
</source>
        <translation>Грешни редове във файла: {rows}. Нищо не е внесено:
{shown}{more}
</translation>
    </message>
    <message>
        <source>{rule}. This card&apos;s household is not recorded with that.</source>
        <translation>{rule}. За домакинството на тази карта няма записан такъв признак.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. May receive again from {day}.</source>
        <translation>{rule}; получени в този период: {used}, поискани: {asked}. Може да получи отново от {day}.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. More than {limit} cannot be given at once.</source>
        <translation>{rule}; получени в този период: {used}, поискани: {asked}. Повече от {limit} не може да се даде наведнъж.</translation>
    </message>
    <message>
        <source>{sheet} row {n}</source>
        <translation>Лист „{sheet}“, ред {n}</translation>
    </message>
    <message>
        <source>{site} has a count in progress that includes {items}.</source>
        <translation>{site} има започнато преброяване, което включва {items}.</translation>
    </message>
    <message>
        <source>{site} is not a mobile HSP or team.</source>
        <translation>{site} не е мобилен пункт (HSP) или екип.</translation>
    </message>
    <message>
        <source>{site} is still on the road with trip {trip}.</source>
        <translation>{site} все още е на път с рейс {trip}.</translation>
    </message>
    <message>
        <source>{user} is the only active branch manager.</source>
        <translation>{user} е единственият активен ръководител на клона.</translation>
    </message>
    <message>
        <source>{user} may not approve a count: that needs a coordinator or above.</source>
        <translation>{user} няма право да одобрява преброяване: нужна е роля „координатор“ или по-висока.</translation>
    </message>
    <message>
        <source>{user} may not {action}: that needs {role} or above.</source>
        <translation>{user} не може да {action}: нужна е роля „{role}“ или по-висока.</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} не е цяло число</translation>
    </message>
    <message>
        <source>{where}: a count of {qty} without an item code</source>
        <translation>{where}: преброено количество {qty} без код на артикула</translation>
    </message>
    <message>
        <source>{where}: {code}: a count cannot be below 0 ({qty})</source>
        <translation>{where}: {code}: преброеното не може да е под 0 ({qty})</translation>
    </message>
    <message>
        <source>{where}: {line} is already on row {row}</source>
        <translation>{where}: {line} вече се среща на ред {row}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
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
