<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdjustPage</name>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>مسروق</translation>
    </message>
    <message>
        <source>Found (adds stock)</source>
        <translation>عُثر عليه (يضيف إلى المخزون)</translation>
    </message>
    <message>
        <source>Correction (adds or removes)</source>
        <translation>تصحيح (يضيف أو يُخرج)</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>إخراج من المخزون</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>إضافة إلى المخزون</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(اختر سببًا)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>ما الذي حدث (اختياري)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (إلزامي)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record adjustment (Ctrl+Enter)</source>
        <translation>تسجيل التسوية (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Adjust stock at {site}</source>
        <translation>تسوية المخزون في {site}</translation>
    </message>
    <message>
        <source>(any lot: soonest expiry first)</source>
        <translation>(أي دفعة: الأقرب انتهاءً أولًا)</translation>
    </message>
    <message>
        <source>{lot}: expires {expiry}, {qty} on hand</source>
        <translation>{lot}: تنتهي صلاحيتها {expiry}، المتوفر {qty}</translation>
    </message>
    <message>
        <source>Recorded: {qty:+d} of {item} at {site} ({reason}).</source>
        <translation>سُجّل: {qty:+d} من {item} في {site} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Catalogue</source>
        <extracomment>The lowest permission of any tab: logistics officers see the catalogue and sites.</extracomment>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>Sites and reorder levels</source>
        <translation>المواقع وحدود إعادة الطلب</translation>
    </message>
    <message>
        <source>Entitlement rules</source>
        <translation>قواعد الاستحقاق</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>فحص السجل</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>النسخ الاحتياطي والاستعادة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Sync between laptops</source>
        <translation>المزامنة بين الحواسيب</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backup</source>
        <extracomment>Asked before a restore; tests replace it. Returns True to go on. After a restore the application closes: the restored file may need migrating and every page would show the old data. Tests replace it.</extracomment>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>أُخذت (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation>الحجم (MiB)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>استعادة النسخة الاحتياطية المختارة…</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are the server&apos;s job: pg_dump (and pg_restore to bring one back), scheduled on the server by its administrator.</source>
        <translation>قاعدة البيانات هذه على خادم PostgreSQL. نسخها الاحتياطية من مهام الخادم: pg_dump (و pg_restore للاستعادة)، يجدولها مدير الخادم عليه.</translation>
    </message>
    <message>
        <source>Database: {path}. A checked copy is taken every day and before every upgrade; backups are kept in {folder}.</source>
        <translation>قاعدة البيانات: {path}. تُؤخذ نسخة مفحوصة كل يوم وقبل كل ترقية؛ وتُحفظ النسخ الاحتياطية في {folder}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>كُتبت النسخة الاحتياطية وفُحصت: {name}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}?

Everything recorded after that backup is no longer in the database (the current file is kept aside, never deleted). HSP Desk closes when the restore is done; start it again to work on the restored data.</source>
        <translation>هل تريد استبدال قاعدة البيانات بالنسخة الاحتياطية {name}؟

كل ما سُجّل بعد تلك النسخة لن يبقى في قاعدة البيانات (يُحتفظ بالملف الحالي جانبًا ولا يُحذف أبدًا). يُغلق HSP Desk عند انتهاء الاستعادة؛ شغّله مجددًا للعمل على البيانات المستعادة.</translation>
    </message>
    <message>
        <source>The backup was restored. HSP Desk closes now: start it again.</source>
        <translation>استُعيدت النسخة الاحتياطية. سيُغلق HSP Desk الآن: شغّله مجددًا.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>اختر نسخة احتياطية من القائمة أولًا.</translation>
    </message>
    <message>
        <source> The replaced database was kept as {name}.</source>
        <translation> حُفظت قاعدة البيانات المستبدلة باسم {name}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>استُعيدت {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Kit components</source>
        <translation>مكونات الطقم</translation>
    </message>
    <message>
        <source>Filter: type part of a code, name or category…</source>
        <translation>تصفية: اكتب جزءًا من الرمز أو الاسم أو الفئة…</translation>
    </message>
    <message>
        <source>e.g. HYG-SHAMPOO</source>
        <translation>مثلًا HYG-SHAMPOO</translation>
    </message>
    <message>
        <source>Expiry date on every delivery</source>
        <translation>تاريخ انتهاء الصلاحية في كل توريد</translation>
    </message>
    <message>
        <source>Serial numbers (SIM cards)</source>
        <translation>أرقام تسلسلية (شرائح SIM)</translation>
    </message>
    <message>
        <source>For a kit: HYG-SOAP:2; HYG-TBRUSH:1</source>
        <translation>للطقم: HYG-SOAP:2; HYG-TBRUSH:1</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>أضف الصنف</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>الوحدة الأساسية</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>إضافة صنف</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>كتالوج الأصناف</translation>
    </message>
    <message>
        <source>Goods received (receipts)</source>
        <translation>البضائع المستلمة (الاستلامات)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>استيراد من Excel…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>حفظ نموذج فارغ…</translation>
    </message>
    <message>
        <source>Every row is checked first: one wrong row and nothing is imported.</source>
        <translation>يُفحص كل صف أولًا: صف واحد خاطئ ولا يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>استيراد من Excel</translation>
    </message>
    <message>
        <source>{code} was added to the catalogue.</source>
        <translation>أُضيف {code} إلى الكتالوج.</translation>
    </message>
    <message>
        <source>Imported {rows} row(s) from {file}: {created}.</source>
        <translation>استُورد {rows} صف من {file}: {created}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) in {file}. Correct these rows and import again.</source>
        <translation>لم يُستورد أي شيء: {n} مشكلة في {file}. صحّح هذه الصفوف واستورد مرة أخرى.</translation>
    </message>
    <message>
        <source>Checking and importing the workbook…</source>
        <translation>جارٍ فحص المصنف واستيراده…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>حفظ النموذج</translation>
    </message>
    <message>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>حُفظ النموذج: {path}. املأه ثم استورده هنا.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Blind (counters do not see the expected figures)</source>
        <translation>عمياء (لا يرى العدّادون الأرقام المتوقعة)</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>بدء الجرد</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>السبب مطلوب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>حفظ الأعداد</translation>
    </message>
    <message>
        <source>Counting done: submit</source>
        <translation>انتهى العدّ: إرسال</translation>
    </message>
    <message>
        <source>Approve (writes the corrections)</source>
        <translation>اعتماد (يسجّل التصحيحات)</translation>
    </message>
    <message>
        <source>Stock counts at {site}</source>
        <translation>جرد المخزون في {site}</translation>
    </message>
    <message>
        <source>No count in progress here. Start one to count the shelves.</source>
        <translation>لا يوجد جرد جارٍ هنا. ابدأ جردًا لعدّ الرفوف.</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>أعمى</translation>
    </message>
    <message>
        <source>not blind</source>
        <translation>غير أعمى</translation>
    </message>
    <message>
        <source>{number}: {kind} count, {blind}, {status}; {n} of {total} lines counted.</source>
        <translation>{number}: جرد {kind}، {blind}، {status}؛ عُدّ {n} من {total} سطرًا.</translation>
    </message>
    <message>
        <source>Count {number} started: type what is on each shelf.</source>
        <translation>بدأ الجرد {number}: اكتب ما يوجد على كل رف.</translation>
    </message>
    <message>
        <source>Count {number} approved; the stock now matches the shelves.</source>
        <translation>اعتُمد الجرد {number}؛ المخزون الآن مطابق للرفوف.</translation>
    </message>
    <message>
        <source>Saved {n} line(s) of {number}.</source>
        <translation>حُفظ {n} سطر من {number}.</translation>
    </message>
</context>
<context>
    <name>DistributePage</name>
    <message>
        <source>not used yet</source>
        <extracomment>A card&apos;s status in words (a revoked card is refused before it is shown).</extracomment>
        <translation>لم تُستخدم بعد</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>امسح بطاقة أو اكتب رمزها، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Without a card: people served</source>
        <translation>بدون بطاقة: عدد الأشخاص المخدومين</translation>
    </message>
    <message>
        <source>No card scanned.</source>
        <translation>لم تُمسح أي بطاقة.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>May receive today</source>
        <translation>يمكنه الاستلام اليوم</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>آخر الزيارات</translation>
    </message>
    <message>
        <source>Items (click to add; right-click to take one off)</source>
        <translation>الأصناف (انقر للإضافة؛ انقر بالزر الأيمن لإزالة واحد)</translation>
    </message>
    <message>
        <source>Give (Enter)</source>
        <translation>تسليم (Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>مسح (Esc)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>تراجع عن الأخيرة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>Distribute at {site}</source>
        <translation>التوزيع في {site}</translation>
    </message>
    <message>
        <source>Bundle {name}: {lines}</source>
        <translation>مجموعة {name}: {lines}</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>البطاقة {code}: {status}</translation>
    </message>
    <message>
        <source>household of {n}</source>
        <translation>أسرة من {n}</translation>
    </message>
    <message>
        <source>household size not recorded</source>
        <translation>حجم الأسرة غير مسجّل</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of the card&apos;s line</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{rule}: not for this household</source>
        <translation>{rule}: ليس لهذه الأسرة</translation>
    </message>
    <message>
        <source>{rule}: {n} of {limit} left</source>
        <translation>{rule}: تبقّى {n} من {limit}</translation>
    </message>
    <message>
        <source>{rule}: none left; again from {day}</source>
        <translation>{rule}: لم يتبقَّ شيء؛ مجددًا اعتبارًا من {day}</translation>
    </message>
    <message>
        <source>No rules are set: anything in stock may be given.</source>
        <translation>لا توجد قواعد: يمكن تسليم أي شيء متوفر في المخزون.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(أُلغي)</translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation>الزيارة الأولى.</translation>
    </message>
    <message>
        <source>Without a card: enter how many people are served.</source>
        <translation>بدون بطاقة: أدخل عدد الأشخاص المخدومين.</translation>
    </message>
    <message>
        <source>Nothing to give yet: click an item or a bundle.</source>
        <translation>لا شيء للتسليم بعد: انقر على صنف أو مجموعة.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card first, or tick “Without a card”.</source>
        <translation>امسح بطاقة الشخص أولًا، أو اختر «بدون بطاقة».</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} أشخاص</translation>
    </message>
    <message>
        <source>Given to {who}: {items}.</source>
        <translation>سُلّم إلى {who}: {items}.</translation>
    </message>
    <message>
        <source>The last hand-over was undone; its items are back in stock.</source>
        <translation>أُلغي التسليم الأخير؛ عادت أصنافه إلى المخزون.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up HSP Desk</source>
        <translation>إعداد HSP Desk</translation>
    </message>
    <message>
        <source>Your National Society</source>
        <translation>جمعيتك الوطنية</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is empty. Three short steps set it up.</source>
        <translation>قاعدة بيانات هذا الحاسوب فارغة. ثلاث خطوات قصيرة تكفي لإعدادها.</translation>
    </message>
    <message>
        <source>e.g. MNE</source>
        <translation>مثلًا MNE</translation>
    </message>
    <message>
        <source>e.g. Red Cross of Montenegro</source>
        <translation>مثلًا الصليب الأحمر في الجبل الأسود</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>رمز قصير</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>هذا الموقع</translation>
    </message>
    <message>
        <source>The Humanitarian Service Point, warehouse or team this laptop works for.</source>
        <translation>نقطة الخدمة الإنسانية أو المستودع أو الفريق الذي يعمل له هذا الحاسوب.</translation>
    </message>
    <message>
        <source>e.g. MNE-ROZAJE</source>
        <translation>مثلًا MNE-ROZAJE</translation>
    </message>
    <message>
        <source>A mobile site (van, tent, team)</source>
        <translation>موقع متنقل (شاحنة صغيرة، خيمة، فريق)</translation>
    </message>
    <message>
        <source>Start with the standard HSP items (water, food, hygiene kits, SIM cards…)</source>
        <translation>البدء بالأصناف المعتادة لنقاط الخدمة (الماء، الغذاء، أطقم النظافة، شرائح SIM…)</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>رمز الموقع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>The first user</source>
        <translation>المستخدم الأول</translation>
    </message>
    <message>
        <source>A branch manager, who then adds the other users.</source>
        <translation>مدير فرع، يضيف بعد ذلك المستخدمين الآخرين.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>كلمة المرور (8 أحرف أو أكثر)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>كلمتا المرور مختلفتان. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>&amp;تسليم المناوبة</translation>
    </message>
    <message>
        <source>Name of the coordinator handing over</source>
        <translation>اسم المنسق الذي يسلّم</translation>
    </message>
    <message>
        <source>Tick the items counted at this handover</source>
        <translation>حدّد الأصناف التي تُعدّ في هذا التسليم</translation>
    </message>
    <message>
        <source>Count these at every handover here</source>
        <translation>عُدّ هذه في كل تسليم هنا</translation>
    </message>
    <message>
        <source>Start the handover</source>
        <translation>ابدأ التسليم</translation>
    </message>
    <message>
        <source>Outgoing coordinator</source>
        <translation>المنسق المغادر</translation>
    </message>
    <message>
        <source>Shift started at</source>
        <translation>بدأت المناوبة في</translation>
    </message>
    <message>
        <source>Start a handover</source>
        <translation>بدء تسليم</translation>
    </message>
    <message>
        <source>Items to count (blind):</source>
        <translation>أصناف للعدّ (عدّ أعمى):</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Name of the coordinator taking over</source>
        <translation>اسم المنسق الذي يستلم</translation>
    </message>
    <message>
        <source>Open issues for the next shift: stock expected, broken scanner, … (never about a person)</source>
        <translation>مسائل مفتوحة للمناوبة التالية: مخزون متوقع، ماسح معطّل، … (لا شيء عن الأشخاص أبدًا)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>حفظ الأعداد</translation>
    </message>
    <message>
        <source>Close the handover</source>
        <translation>أغلق التسليم</translation>
    </message>
    <message>
        <source>Save PDF to sign…</source>
        <translation>حفظ ملف PDF للتوقيع…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>حفظ Excel…</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>افتح التقرير</translation>
    </message>
    <message>
        <source>Incoming coordinator</source>
        <translation>المنسق القادم</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>مسائل مفتوحة</translation>
    </message>
    <message>
        <source>This handover</source>
        <translation>هذا التسليم</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>تسليم المناوبة</translation>
    </message>
    <message>
        <source>Shift handover at {site}</source>
        <translation>تسليم المناوبة في {site}</translation>
    </message>
    <message>
        <source>{number}: {who}, {status}, since {start}</source>
        <translation>{number}: {who}، {status}، منذ {start}</translation>
    </message>
    <message>
        <source>No handover here yet. Fill in the left side and start one at the end of the shift.</source>
        <translation>لا يوجد تسليم هنا بعد. املأ الجانب الأيسر وابدأ تسليمًا في نهاية المناوبة.</translation>
    </message>
    <message>
        <source>{number} is open: {who} hands over. Count each line without looking at the stock list (blind), then enter the incoming coordinator and close.</source>
        <translation>{number} مفتوح: {who} يسلّم. عُدّ كل سطر دون النظر إلى قائمة المخزون (عدّ أعمى)، ثم أدخل المنسق القادم وأغلق.</translation>
    </message>
    <message>
        <source>No items are counted at this handover.</source>
        <translation>لا تُعدّ أي أصناف في هذا التسليم.</translation>
    </message>
    <message>
        <source>{number} closed: {out} handed over to {inc} at {end}.</source>
        <translation>أُغلق {number}: سلّم {out} إلى {inc} في {end}.</translation>
    </message>
    <message>
        <source>Count {count} waits for approval on the Count page (a reason for each variance).</source>
        <translation>الجرد {count} ينتظر الاعتماد في صفحة الجرد (سبب لكل فرق).</translation>
    </message>
    <message>
        <source>{n} item(s) are now counted at every handover at {site}.</source>
        <translation>يُعدّ الآن {n} صنف في كل تسليم في {site}.</translation>
    </message>
    <message>
        <source>Handover {number} started. Count the lines, then close it.</source>
        <translation>بدأ التسليم {number}. عُدّ الأسطر ثم أغلقه.</translation>
    </message>
    <message>
        <source>Type the counted figures in the Counted column first.</source>
        <translation>اكتب أولًا الأرقام المعدودة في عمود المعدود.</translation>
    </message>
    <message>
        <source>Saved {n} counted line(s).</source>
        <translation>حُفظ {n} سطر معدود.</translation>
    </message>
    <message>
        <source>Handover {number} closed. Save the PDF and sign it together.</source>
        <translation>أُغلق التسليم {number}. احفظ ملف PDF ووقّعاه معًا.</translation>
    </message>
    <message>
        <source>Save the handover report</source>
        <translation>حفظ تقرير التسليم</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <source>Producing the handover report…</source>
        <translation>جارٍ إعداد تقرير التسليم…</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type a name or code, or scan</source>
        <extracomment>Enter was pressed on a known item (a scanner sends the code and Enter).</extracomment>
        <translation>الصنف: اكتب اسمًا أو رمزًا، أو امسح</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kit</source>
        <translation>الطقم</translation>
    </message>
    <message>
        <source>How many kits</source>
        <translation>كم طقمًا</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Per kit</source>
        <translation>لكل طقم</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Enough for</source>
        <translation>يكفي لـ</translation>
    </message>
    <message>
        <source>Assemble</source>
        <translation>تجميع</translation>
    </message>
    <message>
        <source>Take apart</source>
        <translation>تفكيك</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>الأطقم</translation>
    </message>
    <message>
        <source>Assemble kits at {site}</source>
        <translation>تجميع الأطقم في {site}</translation>
    </message>
    <message>
        <source>Assembled {n} × {kit} at {site}.</source>
        <translation>جُمّع {n} × {kit} في {site}.</translation>
    </message>
    <message>
        <source>Took apart {n} × {kit} at {site}.</source>
        <translation>فُكّك {n} × {kit} في {site}.</translation>
    </message>
</context>
<context>
    <name>LedgerCheckTab</name>
    <message>
        <source>Recomputing every balance from the ledger…</source>
        <extracomment>The words shown for each check while it runs, by the check&apos;s function name.</extracomment>
        <translation>إعادة حساب كل رصيد من السجل…</translation>
    </message>
    <message>
        <source>Checking that every entry is as HSP Desk wrote it…</source>
        <translation>التحقق من أن كل قيد كما كتبه HSP Desk…</translation>
    </message>
    <message>
        <source>Checking the hand-outs against the ledger…</source>
        <translation>التحقق من عمليات التسليم مقابل السجل…</translation>
    </message>
    <message>
        <source>The check recomputes every stock balance from the movements, and checks that nothing was changed outside HSP Desk. It only reads: hand-outs can go on while it runs. A routine check reads what was written since the last one (seconds); &quot;Check everything&quot; re-reads the whole ledger (about half a minute per million movements).</source>
        <translation>يعيد الفحص حساب كل رصيد مخزون من الحركات، ويتحقق من أن شيئاً لم يُغيَّر خارج HSP Desk. وهو يقرأ فقط: يمكن مواصلة التسليم أثناء تشغيله. الفحص الاعتيادي يقرأ ما كُتب منذ الفحص السابق (ثوانٍ)؛ و«فحص كل شيء» يعيد قراءة السجل كله (نحو نصف دقيقة لكل مليون حركة).</translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation>فحص السجل</translation>
    </message>
    <message>
        <source>Check everything</source>
        <translation>فحص كل شيء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ما تم العثور عليه</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>جارٍ إيقاف الفحص…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>أُوقف الفحص. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and every row and all {n} audit entries are as HSP Desk wrote them.</source>
        <translation>لم يُعثر على أي مشكلة. كل رصيد يطابق السجل، وكل صف وجميع قيود التدقيق البالغة {n} كما كتبها HSP Desk.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and the {n} entries written since the last check ({when} UTC) are as HSP Desk wrote them.</source>
        <translation>لم يُعثر على أي مشكلة. كل رصيد يطابق السجل، والقيود البالغة {n} المكتوبة منذ الفحص الأخير ({when} UTC) كما كتبها HSP Desk.</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was changed. Each line says where. Keep recording as usual, and send this list to your branch manager: the database was changed outside HSP Desk (or damaged), and the backup from before the change can be restored on the &quot;Backup and restore&quot; tab.</source>
        <translation>عُثر على {n} مشكلة؛ لم يُغيَّر أي شيء. كل سطر يبيّن الموضع. واصل التسجيل كالمعتاد، وأرسل هذه القائمة إلى مدير الفرع: لقد غُيّرت قاعدة البيانات خارج HSP Desk (أو تلفت)، ويمكن استعادة النسخة الاحتياطية السابقة للتغيير من تبويب «النسخ الاحتياطي والاستعادة».</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Lot / batch (optional)</source>
        <translation>الدفعة (اختياري)</translation>
    </message>
    <message>
        <source>Only for items with an expiry date</source>
        <translation>فقط للأصناف التي لها تاريخ انتهاء صلاحية</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>أضف سطرًا</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Choose an item from the list first.</source>
        <translation>اختر صنفًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>أدخل كمية أكبر من 0.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HSP Desk: screen locked</source>
        <translation>HSP Desk: الشاشة مقفلة</translation>
    </message>
    <message>
        <source>HSP Desk: sign in</source>
        <translation>HSP Desk: تسجيل الدخول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>تسجيل الدخول كمستخدم آخر</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>قُفلت الشاشة بعد مدة دون استخدام.</translation>
    </message>
    <message>
        <source>Demo users: volunteer, coordinator, logistics, manager; password {pw}</source>
        <extracomment>How long a Python thread keeps the interpreter lock while another waits for it (the interpreter&apos;s default is 5 ms). The GUI thread takes the lock for every cell Qt paints; while a worker runs Python (a page read ahead, a report, an import), each take may wait the whole interval: stock card frames painted during a read ahead reached 50-54 ms.</extracomment>
        <translation>مستخدمو العرض التجريبي: volunteer، coordinator، logistics، manager؛ كلمة المرور {pw}</translation>
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
        <translation>الموقع الذي تعمل فيه (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;الموقع:</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>مسجّل الدخول: {user} ({role})</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Not given</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>Why the rule is set aside (never about the person)</source>
        <translation>لماذا يُتجاوز هذا القاعدة (لا شيء عن الشخص أبدًا)</translation>
    </message>
    <message>
        <source>A coordinator may give it anyway, with a reason:</source>
        <translation>يمكن للمنسق تسليمه رغم ذلك، مع ذكر السبب:</translation>
    </message>
    <message>
        <source>Override and give</source>
        <translation>تجاوز وسلّم</translation>
    </message>
    <message>
        <source>Only a coordinator may override this rule. Nothing was recorded.</source>
        <translation>لا يمكن تجاوز هذه القاعدة إلا للمنسق. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Do not give</source>
        <translation>لا تسلّم</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Who delivered (optional)</source>
        <translation>من قام بالتوريد (اختياري)</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the delivery note number</source>
        <translation>ملاحظة (اختيارية)، مثلًا رقم إشعار التسليم</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record receipt (Ctrl+Enter)</source>
        <translation>تسجيل الاستلام (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>(no donor)</source>
        <translation>(بدون جهة مانحة)</translation>
    </message>
    <message>
        <source>Receive goods at {site}</source>
        <translation>استلام البضائع في {site}</translation>
    </message>
    <message>
        <source>Recorded {number}: {n} line(s) received at {site}.</source>
        <translation>سُجّل {number}: استُلم {n} سطر في {site}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All sites (branch managers)</source>
        <translation>كل المواقع (مديرو الفروع)</translation>
    </message>
    <message>
        <source>e.g. GRN-MNE-ROZAJE-2026-0007</source>
        <translation>مثلًا GRN-MNE-ROZAJE-2026-0007</translation>
    </message>
    <message>
        <source>Save report as…</source>
        <translation>حفظ التقرير باسم…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Period (from, to)</source>
        <translation>الفترة (من، إلى)</translation>
    </message>
    <message>
        <source>Item (stock card)</source>
        <translation>الصنف (بطاقة المخزون)</translation>
    </message>
    <message>
        <source>Document number (GRN, waybill)</source>
        <translation>رقم المستند (إشعار استلام، سند شحن)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>افتح التقرير</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Reports for {site}</source>
        <translation>تقارير {site}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <source>Producing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>بحد أقصى</translation>
    </message>
    <message>
        <source>Per days</source>
        <translation>لكل أيام</translation>
    </message>
    <message>
        <source>× household</source>
        <translation>× الأسرة</translation>
    </message>
    <message>
        <source>Only with</source>
        <translation>فقط مع</translation>
    </message>
    <message>
        <source>Times the household size</source>
        <translation>مضروبًا في حجم الأسرة</translation>
    </message>
    <message>
        <source>(every household)</source>
        <translation>(كل أسرة)</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>حفظ القاعدة</translation>
    </message>
    <message>
        <source>Remove the chosen rule</source>
        <translation>إزالة القاعدة المختارة</translation>
    </message>
    <message>
        <source>Item or category</source>
        <translation>الصنف أو الفئة</translation>
    </message>
    <message>
        <source>Per (days)</source>
        <translation>لكل (أيام)</translation>
    </message>
    <message>
        <source>Only for a household with</source>
        <translation>فقط لأسرة لديها</translation>
    </message>
    <message>
        <source>Add or change a rule</source>
        <translation>إضافة قاعدة أو تغييرها</translation>
    </message>
    <message>
        <source>any {category} item</source>
        <translation>أي صنف من فئة {category}</translation>
    </message>
    <message>
        <source>Rule saved: at most {n} per {d} days for {what}.</source>
        <translation>حُفظت القاعدة: بحد أقصى {n} لكل {d} يوم لـ {what}.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>أُزيلت القاعدة.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Lock the screen after (minutes without use)</source>
        <translation>قفل الشاشة بعد (دقائق دون استخدام)</translation>
    </message>
    <message>
        <source>Forget cards unseen for (days)</source>
        <translation>حذف البطاقات غير المرئية منذ (أيام)</translation>
    </message>
    <message>
        <source>The screen locks after this long without a key press or click; takes effect at the next sign-in.</source>
        <translation>تُقفل الشاشة بعد هذه المدة دون ضغط مفتاح أو نقرة؛ يسري ذلك عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>Cards not seen for this long are purged; the distribution figures stay.</source>
        <translation>تُحذف البطاقات التي لم تُرَ طوال هذه المدة؛ وتبقى أرقام التوزيع.</translation>
    </message>
    <message>
        <source>Screens, reports and cards; takes effect when HSP Desk starts again.</source>
        <translation>الشاشات والتقارير والبطاقات؛ يسري ذلك عند تشغيل HSP Desk مجددًا.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language follows the laptop&apos;s language, or HSP_DESK_LANG (e.g. fr, ar).</source>
        <translation>تتبع اللغة لغة الحاسوب، أو HSP_DESK_LANG (مثلًا fr، ar).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Saved {n} setting(s).</source>
        <translation>حُفظ {n} إعداد.</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Save reorder levels</source>
        <translation>حفظ حدود إعادة الطلب</translation>
    </message>
    <message>
        <source>Reorder levels at {site}: an item at or below its level is low stock. Leave empty for none.</source>
        <translation>حدود إعادة الطلب في {site}: الصنف عند حده أو دونه مخزونه منخفض. اتركه فارغًا إن لم يكن له حد.</translation>
    </message>
    <message>
        <source>Type a level in the Reorder level column first.</source>
        <translation>اكتب أولًا حدًا في عمود حد إعادة الطلب.</translation>
    </message>
    <message>
        <source>Saved {n} reorder level(s) at {site}.</source>
        <translation>حُفظ {n} حد لإعادة الطلب في {site}.</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>وارد / صادر</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>نقل صادر</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>نقل وارد</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>تصحيح الجرد</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>تجميع الأطقم</translation>
    </message>
    <message>
        <source>Kit disassembly</source>
        <translation>تفكيك الأطقم</translation>
    </message>
</context>
<context>
    <name>StockCardView</name>
    <message>
        <source>Back to stock (Esc)</source>
        <extracomment>Rows fetched per scroll step of the stock card.</extracomment>
        <translation>العودة إلى المخزون (Esc)</translation>
    </message>
    <message>
        <source>Stock card: {code}; reading…</source>
        <translation>بطاقة المخزون: {code}؛ جارٍ القراءة…</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Stock card: {name} ({code}) at {site}; on hand {qty} {unit}; {n} movements</source>
        <translation>بطاقة المخزون: {name} ({code}) في {site}؛ المتوفر {qty} {unit}؛ {n} حركة</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter: type part of an item, category or site…</source>
        <translation>تصفية: اكتب جزءًا من صنف أو فئة أو موقع…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Only low stock, near expiry or running out</source>
        <translation>فقط المخزون المنخفض أو القريب من الانتهاء أو على وشك النفاد</translation>
    </message>
    <message>
        <source>Red, bold, with a warning sign: at or below the reorder level. Amber with an hourglass: expires within 30 days. Blue, bold: runs out within 7 days at the use of the last {days} days (Days left).</source>
        <translation>أحمر غامق مع علامة تحذير: عند حد إعادة الطلب أو دونه. كهرماني مع ساعة رملية: تنتهي صلاحيته خلال 30 يومًا. أزرق غامق: ينفد خلال 7 أيام بمعدل استهلاك آخر {days} يوم (الأيام المتبقية).</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the item&apos;s stock card</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لبطاقة مخزون الصنف</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Stock on hand: all sites</source>
        <translation>المخزون المتوفر: كل المواقع</translation>
    </message>
    <message>
        <source>Stock on hand: {site}</source>
        <translation>المخزون المتوفر: {site}</translation>
    </message>
    <message>
        <source>{n} items in stock; {low} low; {soon} near expiry; {out} run out within 7 days</source>
        <translation>{n} صنف في المخزون؛ {low} منخفض؛ {soon} قريب الانتهاء؛ {out} ينفد خلال 7 أيام</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Site</source>
        <extracomment>Lots expiring within this many days are &quot;near expiry&quot;. Items whose stock lasts this many days or less at the recent rate of use &quot;run out soon&quot;. translate(&quot;Context&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>أقرب انتهاء صلاحية</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>Days of stock left per (site code, item code); None: nothing was used lately.</extracomment>
        <translation>مخزون منخفض</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Expires in {0} days</source>
        <translation>تنتهي صلاحيته خلال {0} يوم</translation>
    </message>
    <message>
        <source>Runs out in {0} days</source>
        <translation>ينفد خلال {0} يوم</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Export a bundle…</source>
        <translation>تصدير حزمة…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <source>Households served beyond a rule on two laptops while offline (short household id only):</source>
        <translation>أسر خُدمت بما يتجاوز قاعدة على حاسوبين دون اتصال (المعرّف القصير للأسرة فقط):</translation>
    </message>
    <message>
        <source>This laptop: {device}. Last bundle exported: {last}. Changes recorded since: {n}. Bundles imported from {devices} other laptop(s); {held} held back.</source>
        <translation>هذا الحاسوب: {device}. آخر حزمة مُصدَّرة: {last}. التغييرات المسجّلة منذ ذلك: {n}. حزم مستوردة من {devices} حاسوب آخر؛ {held} معلّقة.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop yet: import the branch&apos;s key file with &apos;hsp-desk bundle key import FILE&apos;.</source>
        <translation>لا يوجد مفتاح للفرع على هذا الحاسوب بعد: استورد ملف مفتاح الفرع بالأمر &apos;hsp-desk bundle key import FILE&apos;.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Collecting what this laptop recorded…</source>
        <translation>جارٍ جمع ما سجّله هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle: no file was written.</source>
        <translation>لا جديد منذ آخر حزمة: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Bundle #{seq} written to {path}: {n} row(s), {m} movement(s). Take it to the other laptop and import it there.</source>
        <translation>كُتبت الحزمة رقم {seq} في {path}: {n} صف، {m} حركة. انقلها إلى الحاسوب الآخر واستوردها هناك.</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>جارٍ تصدير الحزمة…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Checking the seal and importing…</source>
        <translation>جارٍ فحص الختم والاستيراد…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>جارٍ استيراد الحزمة…</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} was imported before: nothing changed.</source>
        <translation>استُوردت الحزمة رقم {seq} من {device} من قبل: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} is held back until bundle(s) {missing} of that laptop are imported; it is then imported by itself.</source>
        <translation>الحزمة رقم {seq} من {device} معلّقة حتى تُستورد الحزم {missing} من ذلك الحاسوب؛ ثم تُستورد تلقائيًا.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} imported: {new} new row(s), {moves} movement(s); {updated} updated; {present} already here.</source>
        <translation>استُوردت الحزمة رقم {seq} من {device}: {new} صف جديد، {moves} حركة؛ {updated} محدَّث؛ {present} موجود مسبقًا.</translation>
    </message>
    <message>
        <source>{n} held bundle(s) were imported after it.</source>
        <translation>استُوردت بعدها {n} حزمة معلّقة.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that wrote to the database finished: pages refresh what they show.</extracomment>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Print new cards…</source>
        <extracomment>Set by tests and scripts to skip the Save-as dialog.</extracomment>
        <translation>طباعة بطاقات جديدة…</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>بطاقات جديدة</translation>
    </message>
    <message>
        <source>How many cards</source>
        <translation>كم بطاقة</translation>
    </message>
    <message>
        <source>Scan the old card, or type its code</source>
        <translation>امسح البطاقة القديمة أو اكتب رمزها</translation>
    </message>
    <message>
        <source>Replace the lost card…</source>
        <translation>استبدال البطاقة المفقودة…</translation>
    </message>
    <message>
        <source>Lost or damaged card</source>
        <translation>بطاقة مفقودة أو تالفة</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>البطاقة القديمة</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>افتح ملف PDF</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>Anonymous cards at {site}</source>
        <translation>البطاقات المجهولة الهوية في {site}</translation>
    </message>
    <message>
        <source>Save the card sheet</source>
        <translation>حفظ ورقة البطاقات</translation>
    </message>
    <message>
        <source>{n} cards on {pages} page(s): {path}</source>
        <translation>{n} بطاقة على {pages} صفحة: {path}</translation>
    </message>
    <message>
        <source>Printing cards…</source>
        <translation>جارٍ طباعة البطاقات…</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>حفظ البطاقة الجديدة</translation>
    </message>
    <message>
        <source>The old card is revoked. New card {code} (same household): {path}</source>
        <translation>أُلغيت البطاقة القديمة. البطاقة الجديدة {code} (الأسرة نفسها): {path}</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Note (optional): driver, vehicle…</source>
        <translation>ملاحظة (اختيارية): السائق، المركبة…</translation>
    </message>
    <message>
        <source>Dispatch waybill (Ctrl+Enter)</source>
        <translation>إرسال سند الشحن (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>إرسال البضائع</translation>
    </message>
    <message>
        <source>To site</source>
        <translation>إلى الموقع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>سند الشحن</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المُستلَم</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>فُقد أثناء النقل</translation>
    </message>
    <message>
        <source>Receive this waybill</source>
        <translation>استلام سند الشحن هذا</translation>
    </message>
    <message>
        <source>Choose a waybill; type what arrived in the Received column.</source>
        <translation>اختر سند شحن؛ اكتب ما وصل في عمود المُستلَم.</translation>
    </message>
    <message>
        <source>Waybills in transit</source>
        <translation>سندات الشحن قيد النقل</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Transfers from and to {site}</source>
        <translation>عمليات النقل من {site} وإليه</translation>
    </message>
    <message>
        <source>Waybill {number} dispatched to {site}; it is now in transit.</source>
        <translation>أُرسل سند الشحن {number} إلى {site}؛ وهو الآن قيد النقل.</translation>
    </message>
    <message>
        <source>Type what arrived in the Received column, then receive.</source>
        <translation>اكتب ما وصل في عمود المُستلَم، ثم استلم.</translation>
    </message>
    <message>
        <source>This waybill goes to {site}: receive it there (choose that site at the top).</source>
        <translation>سند الشحن هذا متجه إلى {site}: استلمه هناك (اختر ذلك الموقع في الأعلى).</translation>
    </message>
    <message>
        <source>Waybill {number} received.</source>
        <translation>استُلم سند الشحن {number}.</translation>
    </message>
    <message>
        <source>{n} unit(s) lost in transit are recorded on the waybill.</source>
        <translation>سُجّلت {n} وحدة مفقودة أثناء النقل على سند الشحن.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>مقفل حتى</translation>
    </message>
    <message>
        <source>e.g. amina.h</source>
        <translation>مثلًا amina.h</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>أضف المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password (8 or more)</source>
        <translation>كلمة المرور (8 أو أكثر)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>اختر مستخدمًا من القائمة.</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>عيّن كلمة المرور هذه</translation>
    </message>
    <message>
        <source>Disable (cannot sign in)</source>
        <translation>تعطيل (لا يمكنه تسجيل الدخول)</translation>
    </message>
    <message>
        <source>Enable again</source>
        <translation>تفعيل مجددًا</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>The chosen user</source>
        <translation>المستخدم المختار</translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation>عُطّل {user}.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>يمكن لـ {user} تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>{user} ({name}), {role}</source>
        <translation>{user} ({name})، {role}</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>كلمتا المرور مختلفتان. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>{user} was added as {role}.</source>
        <translation>أُضيف {user} بدور {role}.</translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation>أصبح {user} الآن {role}.</translation>
    </message>
    <message>
        <source>{user} has a new password (and is no longer locked out).</source>
        <translation>لدى {user} كلمة مرور جديدة (ولم يعد مقفلًا).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>translate(&quot;errors&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>حدث خطأ: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>
  ... and {n} more</source>
        <translation>
  ... و{n} أخرى</translation>
    </message>
    <message>
        <source>
... and {n} more.</source>
        <translation>
... و{n} أخرى.</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> بتاريخ {day}</translation>
    </message>
    <message>
        <source> per household member ({limit} for {size})</source>
        <translation> لكل فرد من الأسرة ({limit} لأسرة من {size})</translation>
    </message>
    <message>
        <source>&apos;hsp-desk sites&apos; lists the sites; their codes start with it.</source>
        <translation>الأمر «hsp-desk sites» يعرض المواقع؛ وتبدأ رموزها بهذا الرمز.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens keys&apos; lists them.</source>
        <translation>الأمر «hsp-desk tokens keys» يعرضها.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens rules&apos; lists them.</source>
        <translation>الأمر «hsp-desk tokens rules» يعرضها.</translation>
    </message>
    <message>
        <source>&apos;{band}&apos; is not an age band; use one of {bands}.</source>
        <translation>«{band}» ليست فئة عمرية؛ استخدم إحدى الفئات: {bands}.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an item category.</source>
        <translation>«{category}» ليست فئة أصناف.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; cannot be a deployment code.</source>
        <translation>لا يمكن أن يكون «{code}» رمز نشر.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag.</source>
        <translation>«{flag}» ليست صفة معروفة للأسرة.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag; use one of {flags}.</source>
        <translation>«{flag}» ليست صفة معروفة للأسرة؛ استخدم إحدى الصفات: {flags}.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not an adjustment reason.</source>
        <translation>«{given}» ليس سببًا للتسوية.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be imported.</source>
        <translation>لا يمكن استيراد «{kind}».</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of count.</source>
        <translation>«{kind}» ليس نوعًا من أنواع الجرد.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .xlsx file name.</source>
        <translation>«{name}» ليس اسم ملف ينتهي بـ .pdf أو .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not one of {sexes} (female, male, other or not said).</source>
        <translation>«{sex}» ليست من القيم {sexes} (أنثى، ذكر، آخر أو غير مُصرَّح به).</translation>
    </message>
    <message>
        <source>&apos;{site_type}&apos; is not a site type.</source>
        <translation>«{site_type}» ليس نوع موقع.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger fingerprint.</source>
        <translation>«{text}» ليست بصمة سجل.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» ليس عددًا</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>, only for a household with: {flag}</source>
        <translation>، فقط لأسرة لديها: {flag}</translation>
    </message>
    <message>
        <source>A batch is 1 to {limit} cards.</source>
        <translation>عدد البطاقات في المرة الواحدة من 1 إلى {limit}.</translation>
    </message>
    <message>
        <source>A branch name is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>اسم الفرع من 1 إلى 64 حرفًا أو رقمًا أو &apos;-&apos; أو &apos;_&apos; أو &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A card code has letters and digits only, e.g. 7K3Q-M9XA-22FB-HC4D-Z. Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>رمز البطاقة يتكون من أحرف وأرقام فقط، مثلًا 7K3Q-M9XA-22FB-HC4D-Z. لم يُسجَّل شيء. امسح رمز QR مرة أخرى، أو اكتب الرمز المطبوع تحته.</translation>
    </message>
    <message>
        <source>A card code has {length} characters (16 and a last check character); this one has {typed}.</source>
        <translation>عدد أحرف رمز البطاقة {length} (16 حرفًا وحرف تحقق أخير)؛ وعدد أحرف هذا الرمز {typed}.</translation>
    </message>
    <message>
        <source>A coordinator can issue a new card. Nothing was recorded.</source>
        <translation>يمكن للمنسق إصدار بطاقة جديدة. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>A coordinator can undo an older one from the history.</source>
        <translation>يمكن للمنسق إلغاء توزيع أقدم من قائمة التوزيعات السابقة.</translation>
    </message>
    <message>
        <source>A forecast over {days} days is not possible.</source>
        <translation>لا يمكن إعداد توقّع لمدة {days} يوم.</translation>
    </message>
    <message>
        <source>A full count takes every item at the site.</source>
        <translation>الجرد الكامل يشمل كل الأصناف في الموقع.</translation>
    </message>
    <message>
        <source>A goods received note needs at least one line.</source>
        <translation>يحتاج إشعار استلام البضائع إلى سطر واحد على الأقل.</translation>
    </message>
    <message>
        <source>A hand-over to a card is for one household: no head count.</source>
        <translation>التسليم على بطاقة يكون لأسرة واحدة: لا يُدخَل عدد الأشخاص.</translation>
    </message>
    <message>
        <source>A hand-over without a card needs the number of people served.</source>
        <translation>التسليم بدون بطاقة يحتاج إلى عدد الأشخاص المخدومين.</translation>
    </message>
    <message>
        <source>A handover needs the incoming coordinator&apos;s name.</source>
        <translation>يحتاج تسليم المناوبة إلى اسم المنسق القادم.</translation>
    </message>
    <message>
        <source>A handover needs the outgoing coordinator&apos;s name.</source>
        <translation>يحتاج تسليم المناوبة إلى اسم المنسق المغادر.</translation>
    </message>
    <message>
        <source>A handover report is saved as .pdf or .xlsx, not &apos;{given}&apos;.</source>
        <translation>يُحفظ تقرير التسليم بصيغة .pdf أو .xlsx، وليس «{given}».</translation>
    </message>
    <message>
        <source>A household size is 1 to {most}.</source>
        <translation>حجم الأسرة من 1 إلى {most}.</translation>
    </message>
    <message>
        <source>A partial count needs the items to count.</source>
        <translation>يحتاج الجرد الجزئي إلى تحديد الأصناف المراد عدّها.</translation>
    </message>
    <message>
        <source>A passphrase for the branch key needs at least {min} characters.</source>
        <translation>يجب أن يكون عدد أحرف عبارة المرور لمفتاح الفرع {min} على الأقل.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>يجب أن يكون عدد أحرف كلمة المرور {min} على الأقل.</translation>
    </message>
    <message>
        <source>A quantity must be a whole number.</source>
        <translation>يجب أن تكون الكمية عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>A quantity of 0 records nothing.</source>
        <translation>الكمية 0 لا تسجّل شيئًا.</translation>
    </message>
    <message>
        <source>A quantity to issue must be above 0.</source>
        <translation>يجب أن تكون الكمية المراد إخراجها أكبر من 0.</translation>
    </message>
    <message>
        <source>A reorder level cannot be below 0.</source>
        <translation>لا يمكن أن يكون حد إعادة الطلب أقل من 0.</translation>
    </message>
    <message>
        <source>A reorder level must be a whole number of 0 or more, not {level!r}.</source>
        <translation>يجب أن يكون حد إعادة الطلب عددًا صحيحًا يساوي 0 أو أكثر، وليس {level!r}.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>يحتاج عكس الحركة إلى سبب.</translation>
    </message>
    <message>
        <source>A rule needs a quantity above 0 and a period of 1 to 3660 days.</source>
        <translation>تحتاج القاعدة إلى كمية أكبر من 0 وفترة من 1 إلى 3660 يومًا.</translation>
    </message>
    <message>
        <source>A site with the code {code} exists already.</source>
        <translation>يوجد موقع بالرمز {code} مسبقًا.</translation>
    </message>
    <message>
        <source>A stock card is for one item.</source>
        <translation>بطاقة المخزون تخص صنفًا واحدًا.</translation>
    </message>
    <message>
        <source>A stock card is for one site, or for all sites together.</source>
        <translation>بطاقة المخزون تخص موقعًا واحدًا، أو كل المواقع معًا.</translation>
    </message>
    <message>
        <source>A transfer must go to another site.</source>
        <translation>يجب أن يكون النقل إلى موقع آخر.</translation>
    </message>
    <message>
        <source>A waybill needs at least one line.</source>
        <translation>يحتاج سند الشحن إلى سطر واحد على الأقل.</translation>
    </message>
    <message>
        <source>A {kind} can only add to stock.</source>
        <translation>الحركة من نوع «{kind}» لا يمكنها إلا الإضافة إلى المخزون.</translation>
    </message>
    <message>
        <source>A {kind} can only take from stock.</source>
        <translation>الحركة من نوع «{kind}» لا يمكنها إلا الإخراج من المخزون.</translation>
    </message>
    <message>
        <source>Add more sites in Admin instead.</source>
        <translation>أضف مواقع أخرى من صفحة الإدارة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Add the donor to the catalogue first, or leave the donor empty.</source>
        <translation>أضف الجهة المانحة إلى الكتالوج أولًا، أو اترك حقل الجهة المانحة فارغًا.</translation>
    </message>
    <message>
        <source>Add the items received.</source>
        <translation>أضف الأصناف المستلمة.</translation>
    </message>
    <message>
        <source>Add the items sent.</source>
        <translation>أضف الأصناف المرسلة.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (damaged, expired, lost, stolen, found or correction).</source>
        <translation>تحتاج التسوية إلى سبب (تالف، منتهي الصلاحية، مفقود، مسروق، عُثر عليه أو تصحيح).</translation>
    </message>
    <message>
        <source>An adjustment of 0 changes nothing.</source>
        <translation>تسوية بمقدار 0 لا تغيّر شيئًا.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>يحتاج الصنف إلى رمز واسم.</translation>
    </message>
    <message>
        <source>An item with the code {code} exists already.</source>
        <translation>يوجد صنف بالرمز {code} مسبقًا.</translation>
    </message>
    <message>
        <source>An override reason is at most {limit} characters.</source>
        <translation>يجب ألا يزيد عدد أحرف سبب التجاوز على {limit}.</translation>
    </message>
    <message>
        <source>Another laptop was changing the same stock at the same moment.</source>
        <translation>كان حاسوب آخر يغيّر المخزون نفسه في اللحظة نفسها.</translation>
    </message>
    <message>
        <source>Approve or cancel that count first.</source>
        <translation>اعتمد ذلك الجرد أو ألغِه أولًا.</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s new card. Nothing was recorded.</source>
        <translation>اطلب من الشخص بطاقته الجديدة. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the pg_dump schedule.</source>
        <translation>اسأل مدير الخادم عن جدول تشغيل pg_dump.</translation>
    </message>
    <message>
        <source>Ask your branch manager.</source>
        <translation>اسأل مدير الفرع.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed} and {more} more.</source>
        <translation>الحزمة {seq} من {device} تُخرج من المخزون أكثر مما في قاعدة البيانات هذه: {listed} و{more} غيرها.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed}.</source>
        <translation>الحزمة {seq} من {device} تُخرج من المخزون أكثر مما في قاعدة البيانات هذه: {listed}.</translation>
    </message>
    <message>
        <source>Cancelling a count needs a reason.</source>
        <translation>يحتاج إلغاء الجرد إلى سبب.</translation>
    </message>
    <message>
        <source>Check both and try again; after 5 wrong passwords the account is locked for 5 minutes.</source>
        <translation>تحقق من الاثنين وحاول مرة أخرى؛ بعد 5 محاولات خاطئة لكلمة المرور يُقفل الحساب لمدة 5 دقائق.</translation>
    </message>
    <message>
        <source>Check that both laptops run the same HSP Desk version. Nothing was imported.</source>
        <translation>تأكد من أن الحاسوبين يعملان بالإصدار نفسه من HSP Desk. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Check that you chose the .hspsync file written by &apos;bundle export&apos;. Nothing was imported.</source>
        <translation>تأكد من أنك اخترت ملف .hspsync الذي كتبه الأمر «bundle export». لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Check the code against the card and type it again, or scan the QR code. Nothing was recorded.</source>
        <translation>قارن الرمز بما على البطاقة واكتبه مرة أخرى، أو امسح رمز QR. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Check the code on the card, e.g. 7K3Q-M9XA-22FB-HC4D-Z, and type it again. Nothing was recorded.</source>
        <translation>تحقق من الرمز على البطاقة، مثلًا 7K3Q-M9XA-22FB-HC4D-Z، واكتبه مرة أخرى. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk items&apos; lists the catalogue.</source>
        <translation>تحقق من الرمز؛ الأمر «hsp-desk items» يعرض الكتالوج.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk sites&apos; lists them.</source>
        <translation>تحقق من الرمز؛ الأمر «hsp-desk sites» يعرض المواقع.</translation>
    </message>
    <message>
        <source>Check the count number.</source>
        <translation>تحقق من رقم الجرد.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>تحقق من اسم الملف والمجلد.</translation>
    </message>
    <message>
        <source>Check the id.</source>
        <translation>تحقق من المعرّف.</translation>
    </message>
    <message>
        <source>Check the item code.</source>
        <translation>تحقق من رمز الصنف.</translation>
    </message>
    <message>
        <source>Check the lot number and the date on the box.</source>
        <translation>تحقق من رقم الدفعة والتاريخ على الصندوق.</translation>
    </message>
    <message>
        <source>Check the lot number on the box.</source>
        <translation>تحقق من رقم الدفعة على الصندوق.</translation>
    </message>
    <message>
        <source>Check the lot number on the box; goods of a new lot are received on a GRN.</source>
        <translation>تحقق من رقم الدفعة على الصندوق؛ بضائع الدفعة الجديدة تُستلم بإشعار استلام (GRN).</translation>
    </message>
    <message>
        <source>Check the movement id.</source>
        <translation>تحقق من معرّف الحركة.</translation>
    </message>
    <message>
        <source>Check the name of the backup file.</source>
        <translation>تحقق من اسم ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Check the number on the load sheet.</source>
        <translation>تحقق من الرقم على ورقة التحميل.</translation>
    </message>
    <message>
        <source>Check the number on the paper.</source>
        <translation>تحقق من الرقم على المستند الورقي.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>تحقق من المسار.</translation>
    </message>
    <message>
        <source>Check the quantity&apos;s sign.</source>
        <translation>تحقق من إشارة الكمية (موجبة أو سالبة).</translation>
    </message>
    <message>
        <source>Check the shift&apos;s start time.</source>
        <translation>تحقق من وقت بدء المناوبة.</translation>
    </message>
    <message>
        <source>Check the times.</source>
        <translation>تحقق من الأوقات.</translation>
    </message>
    <message>
        <source>Choose a file made by hsp-desk backup.</source>
        <translation>اختر ملفًا أنشأه الأمر hsp-desk backup.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .xlsx.</source>
        <translation>اختر اسم ملف ينتهي بـ .pdf أو .xlsx.</translation>
    </message>
    <message>
        <source>Choose a longer one (a few words). Nothing was written.</source>
        <translation>اختر عبارة أطول (بضع كلمات). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Choose a longer one; a short sentence is easy to remember.</source>
        <translation>اختر كلمة مرور أطول؛ فالجملة القصيرة سهلة التذكر.</translation>
    </message>
    <message>
        <source>Choose a lot from the list.</source>
        <translation>اختر دفعة من القائمة.</translation>
    </message>
    <message>
        <source>Choose a lot of the same item.</source>
        <translation>اختر دفعة من الصنف نفسه.</translation>
    </message>
    <message>
        <source>Choose a new file name.</source>
        <translation>اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>Choose a reason that fits, &apos;counting error&apos; or &apos;other&apos; with a note.</source>
        <translation>اختر سببًا مناسبًا: «counting error»، أو «other» مع ملاحظة.</translation>
    </message>
    <message>
        <source>Choose a shorter period or fewer sites.</source>
        <translation>اختر فترة أقصر أو عددًا أقل من المواقع.</translation>
    </message>
    <message>
        <source>Choose a site from the list.</source>
        <translation>اختر موقعًا من القائمة.</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue.</source>
        <translation>اختر صنفًا من الكتالوج.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <translation>اختر نسخة احتياطية أقدم.</translation>
    </message>
    <message>
        <source>Choose another code.</source>
        <translation>اختر رمزًا آخر.</translation>
    </message>
    <message>
        <source>Choose another number of cards.</source>
        <translation>اختر عددًا آخر من البطاقات.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>اختر اسم مستخدم آخر.</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>اختر صنفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <translation>اختر واحدًا من: {kinds}.</translation>
    </message>
    <message>
        <source>Choose one of: {languages}.</source>
        <translation>اختر واحدة من: {languages}.</translation>
    </message>
    <message>
        <source>Choose one of: {reports}.</source>
        <translation>اختر واحدًا من: {reports}.</translation>
    </message>
    <message>
        <source>Choose one of: {roles}.</source>
        <translation>اختر واحدًا من: {roles}.</translation>
    </message>
    <message>
        <source>Choose the file written by &apos;bundle key export&apos;. Nothing was changed.</source>
        <translation>اختر الملف الذي كتبه الأمر «bundle key export». لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Choose the reason and record it again.</source>
        <translation>اختر السبب وسجّل مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose the receiving site.</source>
        <translation>اختر الموقع المستلِم.</translation>
    </message>
    <message>
        <source>Close HSP Desk on this laptop (every window), then try again.</source>
        <translation>أغلق HSP Desk على هذا الحاسوب (كل النوافذ)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Compare each character with the card and type it again. Nothing was recorded.</source>
        <translation>قارن كل حرف بما على البطاقة واكتب الرمز مرة أخرى. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Correct its components.</source>
        <translation>صحّح مكوناته.</translation>
    </message>
    <message>
        <source>Correct the kit&apos;s components.</source>
        <translation>صحّح مكونات الطقم.</translation>
    </message>
    <message>
        <source>Correct the line and record the note again.</source>
        <translation>صحّح السطر وسجّل إشعار الاستلام مرة أخرى.</translation>
    </message>
    <message>
        <source>Correct these rows in the workbook and import it again.</source>
        <translation>صحّح هذه الصفوف في المصنف واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>Count every item that was loaded or is on board (0 if none is left). Nothing was recorded.</source>
        <translation>عُدّ كل صنف حُمّل أو ما زال على متن المركبة (0 إن لم يتبقَّ منه شيء). لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Count them (enter 0 for an empty shelf), or start a partial count instead.</source>
        <translation>عُدّها (أدخل 0 للرف الفارغ)، أو ابدأ جردًا جزئيًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Count {number} cannot be approved yet:
  - {problems}</source>
        <translation>لا يمكن اعتماد الجرد {number} بعد:
  - {problems}</translation>
    </message>
    <message>
        <source>Count {number} is {status}.</source>
        <translation>حالة الجرد {number}: {status}.</translation>
    </message>
    <message>
        <source>Count {number}: the correction of {item} would take {requested} away, but only {on_hand} are on hand now at {site} (stock left after the line was counted).</source>
        <translation>الجرد {number}: تصحيح {item} سيُخرج {requested}، لكن المتوفر الآن في {site} هو {on_hand} فقط (المخزون المتبقي بعد عدّ السطر).</translation>
    </message>
    <message>
        <source>Create one with &apos;hsp-desk bundle key create --branch NAME&apos;.</source>
        <translation>أنشئ مفتاحًا بالأمر «hsp-desk bundle key create --branch NAME».</translation>
    </message>
    <message>
        <source>Define its components in the catalogue first.</source>
        <translation>عرّف مكوناته في الكتالوج أولًا.</translation>
    </message>
    <message>
        <source>Distribution {id} does not exist.</source>
        <translation>التوزيع {id} غير موجود.</translation>
    </message>
    <message>
        <source>Do not hand anything over on it; nothing was recorded. If the card looks genuine, scan it again or type the code printed under the QR code.</source>
        <translation>لا تسلّم أي شيء عليها؛ لم يُسجَّل شيء. إذا بدت البطاقة أصلية، فامسحها مرة أخرى أو اكتب الرمز المطبوع تحت رمز QR.</translation>
    </message>
    <message>
        <source>Do not rename or delete the columns of the exported workbook.</source>
        <translation>لا تُعِد تسمية أعمدة المصنف المُصدَّر ولا تحذفها.</translation>
    </message>
    <message>
        <source>E.g. the branch&apos;s site code, MNE-PODGORICA. Nothing was written.</source>
        <translation>مثلًا رمز موقع الفرع، MNE-PODGORICA. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>End the output file name with .pdf or .xlsx.</source>
        <translation>اجعل اسم ملف الإخراج ينتهي بـ .pdf أو .xlsx.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>أدخل 0 أو أكثر.</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>أدخل رقمًا من {minimum} إلى {maximum}.</translation>
    </message>
    <message>
        <source>Enter a number in that range.</source>
        <translation>أدخل رقمًا ضمن هذا النطاق.</translation>
    </message>
    <message>
        <source>Enter a positive quantity.</source>
        <translation>أدخل كمية موجبة.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>أدخل كمية أكبر من 0.</translation>
    </message>
    <message>
        <source>Enter a quantity between 0 and what was sent; extra goods go on a GRN.</source>
        <translation>أدخل كمية بين 0 وما أُرسل؛ البضائع الزائدة تُسجَّل بإشعار استلام (GRN).</translation>
    </message>
    <message>
        <source>Enter at least one line.</source>
        <translation>أدخل سطرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Enter each line once (add the figures up first).</source>
        <translation>أدخل كل سطر مرة واحدة (اجمع الأرقام أولًا).</translation>
    </message>
    <message>
        <source>Enter how many kits.</source>
        <translation>أدخل عدد الأطقم.</translation>
    </message>
    <message>
        <source>Enter it in the item&apos;s unit.</source>
        <translation>أدخلها بوحدة الصنف.</translation>
    </message>
    <message>
        <source>Enter it in {unit}s.</source>
        <translation>أدخله بوحدة «{unit}».</translation>
    </message>
    <message>
        <source>Enter it.</source>
        <translation>أدخله.</translation>
    </message>
    <message>
        <source>Enter the counted figures first.</source>
        <translation>أدخل الأرقام المعدودة أولًا.</translation>
    </message>
    <message>
        <source>Enter the name of the person taking over.</source>
        <translation>أدخل اسم الشخص الذي يستلم المناوبة.</translation>
    </message>
    <message>
        <source>Enter the number of units counted.</source>
        <translation>أدخل عدد الوحدات المعدودة.</translation>
    </message>
    <message>
        <source>Enter the quantity to add or remove.</source>
        <translation>أدخل الكمية المراد إضافتها أو إخراجها.</translation>
    </message>
    <message>
        <source>Enter what is on the shelf.</source>
        <translation>أدخل ما يوجد على الرف.</translation>
    </message>
    <message>
        <source>Export the count workbook again and fill that in.</source>
        <translation>صدّر مصنف الجرد مرة أخرى واملأه.</translation>
    </message>
    <message>
        <source>Fill in both.</source>
        <translation>املأ الحقلين كليهما.</translation>
    </message>
    <message>
        <source>Fill in one row per item or per line received, then import again.</source>
        <translation>املأ صفًا واحدًا لكل صنف أو لكل سطر مستلم، ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <source>Fill in the &apos;Counted&apos; column first.</source>
        <translation>املأ عمود «Counted» (المعدود) أولًا.</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>املأه.</translation>
    </message>
    <message>
        <source>For example MNE-ROZAJE.</source>
        <translation>مثلًا MNE-ROZAJE.</translation>
    </message>
    <message>
        <source>Full count {number}: {uncounted} line(s) are not counted yet.</source>
        <translation>الجرد الكامل {number}: عدد الأسطر التي لم تُعدّ بعد: {uncounted}.</translation>
    </message>
    <message>
        <source>Give a fitting reason for each variance (or recount), then approve again. Nothing was recorded.</source>
        <translation>اذكر سببًا مناسبًا لكل فرق (أو أعد العدّ)، ثم اعتمد مرة أخرى. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Give a number of days (the setting&apos;s default is {default}).</source>
        <translation>أدخل عدد الأيام (القيمة الافتراضية لهذا الإعداد {default}).</translation>
    </message>
    <message>
        <source>Give its number (--number), e.g. GRN-MNE-WH-2026-0001.</source>
        <translation>أدخل رقمه (--number)، مثلًا GRN-MNE-WH-2026-0001.</translation>
    </message>
    <message>
        <source>Give one of: {allowed}; then approve again.</source>
        <translation>اذكر أحد الأسباب: {allowed}؛ ثم اعتمد مرة أخرى.</translation>
    </message>
    <message>
        <source>Give one site, or none for all sites.</source>
        <translation>حدّد موقعًا واحدًا، أو لا تحدّد أي موقع لتشمل كل المواقع.</translation>
    </message>
    <message>
        <source>Give the deployment code, e.g. the National Society&apos;s code.</source>
        <translation>أدخل رمز النشر، مثلًا رمز الجمعية الوطنية.</translation>
    </message>
    <message>
        <source>Give the item code (--item).</source>
        <translation>أدخل رمز الصنف (--item).</translation>
    </message>
    <message>
        <source>Give the lot number of each figure.</source>
        <translation>حدّد رقم الدفعة لكل عدد مُدخَل.</translation>
    </message>
    <message>
        <source>Give the lot number on the box; a lot never received here goes on a GRN.</source>
        <translation>أدخل رقم الدفعة المكتوب على الصندوق؛ الدفعة التي لم تُستلم هنا من قبل تُسجَّل بإشعار استلام (GRN).</translation>
    </message>
    <message>
        <source>Give the lot number with the reason.</source>
        <translation>أدخل رقم الدفعة مع السبب.</translation>
    </message>
    <message>
        <source>HSP Desk has no translation called {text!r}.</source>
        <translation>لا توجد في HSP Desk ترجمة باسم {text!r}.</translation>
    </message>
    <message>
        <source>HSP Desk may not write the file.</source>
        <translation>لا يحق لـ HSP Desk كتابة الملف.</translation>
    </message>
    <message>
        <source>HSP Desk may not write {file}.</source>
        <translation>لا يحق لـ HSP Desk كتابة {file}.</translation>
    </message>
    <message>
        <source>Handover {number} is closed already.</source>
        <translation>تسليم المناوبة {number} مغلق مسبقًا.</translation>
    </message>
    <message>
        <source>Import the branch&apos;s key file (&apos;hsp-desk bundle key import FILE&apos;), or create the branch&apos;s first key (&apos;hsp-desk bundle key create --branch NAME&apos;). No bundle was written.</source>
        <translation>استورد ملف مفتاح الفرع («hsp-desk bundle key import FILE»)، أو أنشئ أول مفتاح للفرع («hsp-desk bundle key create --branch NAME»). لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>It can be received only once.</source>
        <translation>لا يمكن استلامه إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>It cannot be used here, and nothing was recorded. A coordinator can issue a card of this desk.</source>
        <translation>لا يمكن استخدامها هنا، ولم يُسجَّل شيء. يمكن للمنسق إصدار بطاقة من HSP Desk هذا.</translation>
    </message>
    <message>
        <source>Item {id} does not exist.</source>
        <translation>الصنف {id} غير موجود.</translation>
    </message>
    <message>
        <source>Its reversal is {reversal}.</source>
        <translation>الحركة العاكسة لها هي {reversal}.</translation>
    </message>
    <message>
        <source>Keep it on this laptop&apos;s own disk, or ask the branch for a shared PostgreSQL server.</source>
        <translation>احتفظ بها على القرص الخاص بهذا الحاسوب، أو اطلب من الفرع خادم PostgreSQL مشتركًا.</translation>
    </message>
    <message>
        <source>Kit {kit} cannot contain itself.</source>
        <translation>لا يمكن أن يحتوي الطقم {kit} على نفسه.</translation>
    </message>
    <message>
        <source>Kit {kit}: component {code} needs a quantity above 0.</source>
        <translation>الطقم {kit}: المكوّن {code} يحتاج إلى كمية أكبر من 0.</translation>
    </message>
    <message>
        <source>Known settings: {known}.</source>
        <translation>الإعدادات المعروفة: {known}.</translation>
    </message>
    <message>
        <source>Leave the head count empty, or hand over without a card.</source>
        <translation>اترك عدد الأشخاص فارغًا، أو سلّم بدون بطاقة.</translation>
    </message>
    <message>
        <source>Leave the items out, or make it a partial count.</source>
        <translation>لا تحدّد الأصناف، أو اجعله جردًا جزئيًا.</translation>
    </message>
    <message>
        <source>Load a vehicle only for a mobile site; use a transfer for fixed sites.</source>
        <translation>حمّل مركبة لموقع متنقل فقط؛ استخدم النقل للمواقع الثابتة.</translation>
    </message>
    <message>
        <source>Look at its reconciliation.</source>
        <translation>اطّلع على تقرير المطابقة الخاص بها.</translation>
    </message>
    <message>
        <source>Lot {id} does not exist.</source>
        <translation>الدفعة {id} غير موجودة.</translation>
    </message>
    <message>
        <source>Lot {lot} of {item} was received before with expiry {before}, not {expiry}.</source>
        <translation>الدفعة {lot} من {item} استُلمت من قبل بتاريخ انتهاء صلاحية {before}، وليس {expiry}.</translation>
    </message>
    <message>
        <source>Make another user branch manager first.</source>
        <translation>اجعل مستخدمًا آخر مدير فرع أولًا.</translation>
    </message>
    <message>
        <source>Move it out of that folder (the default location is safe), or set HSP_DESK_DATA_DIR to a local folder.</source>
        <translation>انقلها خارج ذلك المجلد (الموقع الافتراضي آمن)، أو اضبط HSP_DESK_DATA_DIR على مجلد محلي.</translation>
    </message>
    <message>
        <source>Movement {id} does not exist.</source>
        <translation>الحركة {id} غير موجودة.</translation>
    </message>
    <message>
        <source>Name at least one item.</source>
        <translation>حدّد صنفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>National Society code</source>
        <translation>رمز الجمعية الوطنية</translation>
    </message>
    <message>
        <source>National Society name</source>
        <translation>اسم الجمعية الوطنية</translation>
    </message>
    <message>
        <source>No counted figures were given.</source>
        <translation>لم تُدخَل أي أرقام معدودة.</translation>
    </message>
    <message>
        <source>No good backup was found. Ask your logistics officer for help before starting again with an empty database.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة. اطلب المساعدة من مسؤول اللوجستيات قبل البدء من جديد بقاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>Not enough {item} at {site}: {requested}{unit} asked for, {on_hand}{unit} on hand.</source>
        <translation>لا يكفي {item} في {site}: المطلوب {requested}{unit}، والمتوفر {on_hand}{unit}.</translation>
    </message>
    <message>
        <source>Not given. {why}</source>
        <translation>لم يُسلَّم. {why}</translation>
    </message>
    <message>
        <source>Nothing has been counted on {number}.</source>
        <translation>لم يُعدّ أي شيء في {number}.</translation>
    </message>
    <message>
        <source>Nothing to hand over: no item was chosen.</source>
        <translation>لا شيء للتسليم: لم يُختر أي صنف.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your branch for the right key file.</source>
        <translation>لم يتغيّر شيء. اطلب من فرعك ملف المفتاح الصحيح.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again.</source>
        <translation>لم يتغيّر شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was imported. Ask for a fresh copy of the bundle from the laptop that wrote it.</source>
        <translation>لم يُستورد أي شيء. اطلب نسخة جديدة من الحزمة من الحاسوب الذي كتبها.</translation>
    </message>
    <message>
        <source>Nothing was imported. Cards must be signed with keys shared through the branch: import the branch&apos;s bundle on every laptop before issuing cards.</source>
        <translation>لم يُستورد أي شيء. يجب أن تُوقَّع البطاقات بمفاتيح مشتركة عبر الفرع: استورد حزمة الفرع على كل حاسوب قبل إصدار البطاقات.</translation>
    </message>
    <message>
        <source>Nothing was imported. If it is your branch&apos;s, import the branch key first (&apos;hsp-desk bundle key import FILE&apos;).</source>
        <translation>لم يُستورد أي شيء. إذا كانت الحزمة من فرعك، فاستورد مفتاح الفرع أولًا («hsp-desk bundle key import FILE»).</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the branch&apos;s bundle first, then this one again; if it still fails, send this message to your branch ({error}).</source>
        <translation>لم يُستورد أي شيء. استورد حزمة الفرع أولًا، ثم هذه الحزمة مرة أخرى؛ وإذا استمر الفشل، فأرسل هذه الرسالة إلى فرعك ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported. Record here what is missing first (the receipt, the transfer in, or a &apos;found&apos; adjustment at that site), or import the bundle that brings that stock, then import this bundle again.</source>
        <translation>لم يُستورد أي شيء. سجّل هنا ما ينقص أولًا (الاستلام، أو النقل الوارد، أو تسوية «عُثر عليه» في ذلك الموقع)، أو استورد الحزمة التي تجلب ذلك المخزون، ثم استورد هذه الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Nothing was recorded. A coordinator can issue the person a new card.</source>
        <translation>لم يُسجَّل شيء. يمكن للمنسق إصدار بطاقة جديدة للشخص.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask a coordinator or your branch manager to do it, or to change your role.</source>
        <translation>لم يُسجَّل شيء. اطلب من منسق أو من مدير الفرع القيام بذلك، أو تغيير دورك.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask the coordinator on shift to approve it.</source>
        <translation>لم يُسجَّل شيء. اطلب من المنسق المناوب اعتماده.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask your logistics officer to check the folder where the database is kept, then start HSP Desk again.</source>
        <translation>لم يُسجَّل شيء. اطلب من مسؤول اللوجستيات التحقق من المجلد الذي توجد فيه قاعدة البيانات، ثم أعد تشغيل HSP Desk.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check that the disk or USB stick that holds it is still connected, then start HSP Desk again. If it happens again, the disk may be failing: restore the newest backup on another disk (Admin, Backup and restore).</source>
        <translation>لم يُسجَّل شيء. تأكد من أن القرص أو ذاكرة USB التي تحملها ما زالت موصولة، ثم أعد تشغيل HSP Desk. إذا تكرر ذلك فقد يكون القرص معطوبًا: استعد أحدث نسخة احتياطية على قرص آخر (الإدارة، النسخ الاحتياطي والاستعادة).</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the quantity.</source>
        <translation>لم يُسجَّل شيء. صحّح الكمية.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Give less, or a coordinator may override with a reason.</source>
        <translation>لم يُسجَّل شيء. سلّم كمية أقل، أو يمكن للمنسق التجاوز مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Lower the quantity, or record the delivery that is missing first.</source>
        <translation>لم يُسجَّل شيء. خفّض الكمية، أو سجّل أولًا التوريد الناقص.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Reopen the count and count that item again, then approve.</source>
        <translation>لم يُسجَّل شيء. أعد فتح الجرد وعُدّ ذلك الصنف مرة أخرى، ثم اعتمد.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>لم يُسجَّل شيء. امسح رمز QR مرة أخرى، أو اكتب الرمز المطبوع تحته.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again.</source>
        <translation>لم يُسجَّل شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Update HSP Desk on this laptop, or type the code printed under the QR code.</source>
        <translation>لم يُسجَّل شيء. حدّث HSP Desk على هذا الحاسوب، أو اكتب الرمز المطبوع تحت رمز QR.</translation>
    </message>
    <message>
        <source>Nothing was recorded; what was recorded before is safe. Free some space on that disk (empty the recycle bin, move old reports or backups to a USB stick), then record it again.</source>
        <translation>لم يُسجَّل شيء؛ ما سُجّل من قبل في أمان. أفرغ بعض المساحة على ذلك القرص (أفرغ سلة المحذوفات، وانقل التقارير أو النسخ الاحتياطية القديمة إلى ذاكرة USB)، ثم سجّل مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder, such as Documents, or unlock the USB stick, then try again.</source>
        <translation>لم يُحفظ شيء. اختر مجلدًا آخر، مثل المستندات، أو ألغِ قفل ذاكرة USB، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was saved. Free some space (empty the recycle bin, move old reports or backups to a USB stick), then try again.</source>
        <translation>لم يُحفظ شيء. أفرغ بعض المساحة (أفرغ سلة المحذوفات، وانقل التقارير أو النسخ الاحتياطية القديمة إلى ذاكرة USB)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was saved. If the file is open in another program (Excel, a PDF reader), close it; or choose another folder, such as Documents. Then try again.</source>
        <translation>لم يُحفظ شيء. إذا كان الملف مفتوحًا في برنامج آخر (Excel أو قارئ PDF) فأغلقه؛ أو اختر مجلدًا آخر، مثل المستندات. ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>لم يُمسح أو يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Only a count that is {states} can do this.</source>
        <translation>لا يمكن تنفيذ ذلك إلا على جرد حالته {states}.</translation>
    </message>
    <message>
        <source>Put the {kind} in a sheet named &apos;{wanted}&apos; under a header row.</source>
        <translation>ضع بيانات «{kind}» في ورقة باسم «{wanted}» تحت صف العناوين.</translation>
    </message>
    <message>
        <source>Read the date on the box and enter it.</source>
        <translation>اقرأ التاريخ على الصندوق وأدخله.</translation>
    </message>
    <message>
        <source>Record goods that came without a waybill as a receipt (GRN).</source>
        <translation>سجّل البضائع التي وصلت بدون سند شحن كاستلام (GRN).</translation>
    </message>
    <message>
        <source>Record that trip&apos;s return first.</source>
        <translation>سجّل عودة تلك الرحلة أولًا.</translation>
    </message>
    <message>
        <source>Record the hand-over again instead.</source>
        <translation>سجّل التسليم مرة أخرى بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Restore a backup with: hsp-desk restore FILE. To start with an empty database instead, move the backups folder away.</source>
        <translation>استعد نسخة احتياطية بالأمر: hsp-desk restore FILE. وللبدء بقاعدة بيانات فارغة بدلًا من ذلك، انقل مجلد النسخ الاحتياطية إلى مكان آخر.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (Admin, Backup).</source>
        <translation>استعد أحدث نسخة احتياطية سليمة (الإدارة، النسخ الاحتياطي والاستعادة).</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({newest}) with: hsp-desk restore --latest. To start with an empty database instead, move the backups folder away.</source>
        <translation>استعد أحدث نسخة احتياطية سليمة ({newest}) بالأمر: hsp-desk restore --latest. وللبدء بقاعدة بيانات فارغة بدلًا من ذلك، انقل مجلد النسخ الاحتياطية إلى مكان آخر.</translation>
    </message>
    <message>
        <source>Run &apos;hsp-desk verify&apos;. No bundle was written.</source>
        <translation>شغّل الأمر «hsp-desk verify». لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Save it from Excel as &apos;Excel Workbook (.xlsx)&apos;, or start from the template (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</source>
        <translation>احفظه من Excel بصيغة «Excel Workbook (.xlsx)» (مصنف Excel)، أو ابدأ من النموذج («hsp-desk import template {kind} --out template.xlsx»).</translation>
    </message>
    <message>
        <source>Say briefly why the rule is set aside; never write about the person.</source>
        <translation>اذكر باختصار سبب تجاوز القاعدة؛ ولا تكتب أبدًا عن الشخص.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>اذكر ما حدث.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>اذكر سبب الإلغاء.</translation>
    </message>
    <message>
        <source>Say why it was wrong.</source>
        <translation>اذكر لماذا كان خاطئًا.</translation>
    </message>
    <message>
        <source>Say why the entry was wrong.</source>
        <translation>اذكر لماذا كان القيد خاطئًا.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card, or give a head count (e.g. 30 for a group).</source>
        <translation>امسح بطاقة الشخص، أو أدخل عدد الأشخاص (مثلًا 30 لمجموعة).</translation>
    </message>
    <message>
        <source>See `hsp-desk users list`.</source>
        <translation>انظر `hsp-desk users list`.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has a header row but no data rows.</source>
        <translation>في الورقة «{sheet}» صف عناوين لكن بلا صفوف بيانات.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; lacks the columns {columns}.</source>
        <translation>تنقص الورقة «{sheet}» الأعمدة {columns}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {name} is empty.</source>
        <translation>الورقة «{sheet}» في {name} فارغة.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {message}</source>
        <translation>الورقة «{sheet}»، الصف {row}: {message}</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>اختصره.</translation>
    </message>
    <message>
        <source>Sign in as a branch manager and add the user.</source>
        <translation>سجّل الدخول كمدير فرع وأضف المستخدم.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>الموقع {id} غير موجود.</translation>
    </message>
    <message>
        <source>Start a new handover.</source>
        <translation>ابدأ تسليم مناوبة جديدًا.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be added.</source>
        <translation>السبب «{state}» لا يصلح لإضافة مخزون.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be removed.</source>
        <translation>السبب «{state}» لا يصلح لإخراج مخزون.</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>بدّل التاريخين.</translation>
    </message>
    <message>
        <source>The account {user} is disabled.</source>
        <translation>الحساب {user} معطّل.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>فشلت النسخة الاحتياطية في الفحص ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}).</source>
        <translation>النسخة الاحتياطية {name} تالفة ({problem}).</translation>
    </message>
    <message>
        <source>The card key {key_id} of this bundle differs from this database&apos;s key of the same name: the laptops created their card keys separately.</source>
        <translation>مفتاح البطاقات {key_id} في هذه الحزمة يختلف عن المفتاح الذي يحمل الاسم نفسه في قاعدة البيانات هذه: أنشأ كل حاسوب مفاتيح بطاقاته على حدة.</translation>
    </message>
    <message>
        <source>The code typed has a mistake: its last character does not match the others.</source>
        <translation>في الرمز المكتوب خطأ: حرفه الأخير لا يتوافق مع بقية الأحرف.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية خاطئة.</translation>
    </message>
    <message>
        <source>The database cannot be written to: its file or folder is read-only.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات: ملفها أو مجلدها للقراءة فقط.</translation>
    </message>
    <message>
        <source>The database itself may be damaged: run hsp-desk verify.</source>
        <translation>قد تكون قاعدة البيانات نفسها تالفة: شغّل hsp-desk verify.</translation>
    </message>
    <message>
        <source>The database refers to {table} rows it does not hold.</source>
        <translation>تشير قاعدة البيانات إلى صفوف في {table} غير موجودة فيها.</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({detail}). It was moved aside to {moved}, and nothing was deleted.</source>
        <translation>قاعدة البيانات {file} تالفة ({detail}). نُقلت جانبًا إلى {moved}، ولم يُحذف أي شيء.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but earlier copies of it exist, so an empty one was not created in its place.</source>
        <translation>قاعدة البيانات {file} مفقودة، لكن توجد نسخ سابقة منها، لذلك لم تُنشأ قاعدة بيانات فارغة مكانها.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), so it was not backed up.</source>
        <translation>قاعدة البيانات {path} تالفة ({problem})، لذلك لم تُؤخذ منها نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database {path} is inside a cloud-sync folder, which corrupts it.</source>
        <translation>قاعدة البيانات {path} موجودة داخل مجلد مزامنة سحابية، وهذا يُتلفها.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where it can be corrupted.</source>
        <translation>قاعدة البيانات {path} موجودة على مجلد مشترك في الشبكة، حيث يمكن أن تتلف.</translation>
    </message>
    <message>
        <source>The disk did not let HSP Desk read or write the database (a disk I/O error).</source>
        <translation>لم يسمح القرص لـ HSP Desk بقراءة قاعدة البيانات أو كتابتها (خطأ إدخال/إخراج في القرص).</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة {file}.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full.</source>
        <translation>القرص الذي يحمل قاعدة البيانات ممتلئ.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>الاسم المعروض أطول من 200 حرف.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook ({error}).</source>
        <translation>الملف ليس مصنف Excel ({error}).</translation>
    </message>
    <message>
        <source>The file is on a disk that cannot be written to (read-only).</source>
        <translation>الملف على قرص لا تمكن الكتابة عليه (للقراءة فقط).</translation>
    </message>
    <message>
        <source>The incoming and outgoing coordinators are the same person.</source>
        <translation>المنسق القادم والمنسق المغادر هما الشخص نفسه.</translation>
    </message>
    <message>
        <source>The last distribution has already been undone.</source>
        <translation>أُلغي التوزيع الأخير من قبل.</translation>
    </message>
    <message>
        <source>The lot chosen belongs to another item.</source>
        <translation>الدفعة المختارة تخص صنفًا آخر.</translation>
    </message>
    <message>
        <source>The newest good backup is {newest} (taken {taken} UTC). Restore it with: hsp-desk restore --latest</source>
        <translation>أحدث نسخة احتياطية سليمة هي {newest} (أُخذت {taken} UTC). استعدها بالأمر: hsp-desk restore --latest</translation>
    </message>
    <message>
        <source>The number of kits must be above 0.</source>
        <translation>يجب أن يكون عدد الأطقم أكبر من 0.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>عبارة المرور خاطئة، أو تغيّر ملف المفتاح.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>تنتهي الفترة ({end}) قبل أن تبدأ ({start}).</translation>
    </message>
    <message>
        <source>The quantity of {code} must be a whole number above 0.</source>
        <translation>يجب أن تكون كمية {code} عددًا صحيحًا أكبر من 0.</translation>
    </message>
    <message>
        <source>The quantity of {code} must be above 0, not {qty}.</source>
        <translation>يجب أن تكون كمية {code} أكبر من 0، وليس {qty}.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of days above 0, not {days!r}.</source>
        <translation>يجب أن تكون مدة الاحتفاظ عددًا صحيحًا من الأيام أكبر من 0، وليس {days!r}.</translation>
    </message>
    <message>
        <source>The shift cannot end before it started.</source>
        <translation>لا يمكن أن تنتهي المناوبة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>The shift cannot start after the handover.</source>
        <translation>لا يمكن أن تبدأ المناوبة بعد التسليم.</translation>
    </message>
    <message>
        <source>The site code &apos;{code}&apos; may only hold letters, digits and dashes.</source>
        <translation>رمز الموقع «{code}» يجب أن يحتوي على أحرف وأرقام وشرطات فقط.</translation>
    </message>
    <message>
        <source>The user name {name!r} is taken.</source>
        <translation>اسم المستخدم {name!r} مستخدَم مسبقًا.</translation>
    </message>
    <message>
        <source>The workbook has no counted figures.</source>
        <translation>لا توجد في المصنف أرقام معدودة.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos;.</source>
        <translation>لا توجد في المصنف ورقة باسم «{sheet}».</translation>
    </message>
    <message>
        <source>The {field} is empty.</source>
        <translation>حقل «{field}» فارغ.</translation>
    </message>
    <message>
        <source>There is no National Society with the code &apos;{code}&apos;.</source>
        <translation>لا توجد جمعية وطنية بالرمز «{code}».</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop, so bundles cannot be sealed.</source>
        <translation>لا يوجد مفتاح للفرع على هذا الحاسوب، لذلك لا يمكن ختم الحزم.</translation>
    </message>
    <message>
        <source>There is no branch key to export.</source>
        <translation>لا يوجد مفتاح للفرع لتصديره.</translation>
    </message>
    <message>
        <source>There is no card key &apos;{key}&apos;.</source>
        <translation>لا يوجد مفتاح بطاقات «{key}».</translation>
    </message>
    <message>
        <source>There is no card key yet, so no deployment code to reuse.</source>
        <translation>لا يوجد مفتاح بطاقات بعد، لذلك لا يوجد رمز نشر لإعادة استخدامه.</translation>
    </message>
    <message>
        <source>There is no card with this code in this database.</source>
        <translation>لا توجد بطاقة بهذا الرمز في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>لا توجد قاعدة بيانات في {path} لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>There is no document numbered &apos;{number}&apos;.</source>
        <translation>لا يوجد مستند برقم «{number}».</translation>
    </message>
    <message>
        <source>There is no donor with the code &apos;{code}&apos;.</source>
        <translation>لا توجد جهة مانحة بالرمز «{code}».</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>لا يوجد ملف {path}.</translation>
    </message>
    <message>
        <source>There is no goods received note numbered &apos;{number}&apos;.</source>
        <translation>لا يوجد إشعار استلام بضائع برقم «{number}».</translation>
    </message>
    <message>
        <source>There is no handover numbered &apos;{number}&apos;.</source>
        <translation>لا يوجد تسليم مناوبة برقم «{number}».</translation>
    </message>
    <message>
        <source>There is no item with the code or barcode &apos;{code}&apos;.</source>
        <translation>لا يوجد صنف بالرمز أو الرمز الشريطي «{code}».</translation>
    </message>
    <message>
        <source>There is no mobile trip numbered &apos;{number}&apos;.</source>
        <translation>لا توجد رحلة متنقلة برقم «{number}».</translation>
    </message>
    <message>
        <source>There is no report called &apos;{name}&apos;.</source>
        <translation>لا يوجد تقرير باسم «{name}».</translation>
    </message>
    <message>
        <source>There is no rule for &apos;{target}&apos;.</source>
        <translation>لا توجد قاعدة لـ «{target}».</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>لا يوجد إعداد باسم {key!r}.</translation>
    </message>
    <message>
        <source>There is no site with the code &apos;{code}&apos;.</source>
        <translation>لا يوجد موقع بالرمز «{code}».</translation>
    </message>
    <message>
        <source>There is no user called {name!r}.</source>
        <translation>لا يوجد مستخدم باسم {name!r}.</translation>
    </message>
    <message>
        <source>There is no waybill numbered &apos;{number}&apos;.</source>
        <translation>لا يوجد سند شحن برقم «{number}».</translation>
    </message>
    <message>
        <source>There is no {kind} numbered &apos;{number}&apos;.</source>
        <translation>لا يوجد مستند {kind} برقم «{number}».</translation>
    </message>
    <message>
        <source>This QR code was not read completely, or the card was altered.</source>
        <translation>لم يُقرأ رمز QR هذا بالكامل، أو عُدّلت البطاقة.</translation>
    </message>
    <message>
        <source>This branch key has the wrong length.</source>
        <translation>طول مفتاح الفرع هذا غير صحيح.</translation>
    </message>
    <message>
        <source>This bundle does not fit this database: it refers to rows it does not carry, or clashes with rows here.</source>
        <translation>هذه الحزمة لا تتوافق مع قاعدة البيانات هذه: تشير إلى صفوف لا تحملها، أو تتعارض مع صفوف موجودة هنا.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was written, or was made for another branch.</source>
        <translation>عُدّلت هذه الحزمة بعد كتابتها، أو أُعدّت لفرع آخر.</translation>
    </message>
    <message>
        <source>This bundle was sealed with the key {key_id} of &apos;{branch}&apos;, which this laptop does not have: it was made for another branch.</source>
        <translation>خُتمت هذه الحزمة بالمفتاح {key_id} الخاص بـ «{branch}»، وهو غير موجود على هذا الحاسوب: لقد أُعدّت لفرع آخر.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version!r}, which this version of HSP Desk cannot read.</source>
        <translation>كُتبت هذه الحزمة بالصيغة {version!r}، ولا يستطيع هذا الإصدار من HSP Desk قراءتها.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version}, which this version of HSP Desk cannot read.</source>
        <translation>كُتبت هذه الحزمة بالصيغة {version}، ولا يستطيع هذا الإصدار من HSP Desk قراءتها.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not fit this version of HSP Desk ({detail}).</source>
        <translation>محتويات هذه الحزمة لا تتوافق مع هذا الإصدار من HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This card failed the authenticity check: it was altered, damaged or made up.</source>
        <translation>فشلت هذه البطاقة في فحص الأصالة: لقد عُدّلت أو تلفت أو زُوّرت.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of HSP Desk ({version}).</source>
        <translation>أُنشئت هذه البطاقة بإصدار أحدث من HSP Desk ({version}).</translation>
    </message>
    <message>
        <source>This card was not issued by this desk (issuer {issuer}): it belongs to another organisation or another HSP Desk installation.</source>
        <translation>لم تُصدَر هذه البطاقة من HSP Desk هذا (الجهة المُصدِرة {issuer}): إنها تخص منظمة أخرى أو تثبيتًا آخر لـ HSP Desk.</translation>
    </message>
    <message>
        <source>This card was replaced by a new card{when} and is no longer valid.</source>
        <translation>استُبدلت هذه البطاقة ببطاقة جديدة{when} ولم تعد صالحة.</translation>
    </message>
    <message>
        <source>This card was withdrawn{when} and is no longer valid.</source>
        <translation>سُحبت هذه البطاقة{when} ولم تعد صالحة.</translation>
    </message>
    <message>
        <source>This card&apos;s key ({key}) has been withdrawn, so the card is no longer accepted.</source>
        <translation>سُحب مفتاح هذه البطاقة ({key})، لذلك لم تعد البطاقة مقبولة.</translation>
    </message>
    <message>
        <source>This database already has a different branch key called {key_id}.</source>
        <translation>قاعدة البيانات هذه لديها مسبقًا مفتاح فرع مختلف باسم {key_id}.</translation>
    </message>
    <message>
        <source>This database already has users, so the first user cannot be made again.</source>
        <translation>في قاعدة البيانات هذه مستخدمون مسبقًا، لذلك لا يمكن إنشاء المستخدم الأول مرة أخرى.</translation>
    </message>
    <message>
        <source>This database already holds sites, so the demo was not added.</source>
        <translation>في قاعدة البيانات هذه مواقع مسبقًا، لذلك لم تُضف بيانات العرض التجريبي.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>قاعدة البيانات هذه مُعدّة مسبقًا.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, whose backups are the server&apos;s job: use pg_dump (and pg_restore to bring one back), scheduled on the server.</source>
        <translation>قاعدة البيانات هذه على خادم PostgreSQL، ونسخها الاحتياطية من مهام الخادم: استخدم pg_dump (و pg_restore للاستعادة)، بجدولة على الخادم.</translation>
    </message>
    <message>
        <source>This distribution has already been undone.</source>
        <translation>أُلغي هذا التوزيع من قبل.</translation>
    </message>
    <message>
        <source>This entry is itself an undo.</source>
        <translation>هذا القيد هو نفسه إلغاء لتوزيع سابق.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk branch key.</source>
        <translation>هذا الملف ليس مفتاح فرع لـ HSP Desk.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk sync bundle ({detail}).</source>
        <translation>هذا الملف ليس حزمة مزامنة لـ HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This is not a card code: {chars} cannot be in one.</source>
        <translation>هذا ليس رمز بطاقة: لا يمكن أن يحتوي على {chars}.</translation>
    </message>
    <message>
        <source>This is not an HSP Desk card: it may be a product barcode or another organisation&apos;s code.</source>
        <translation>هذه ليست بطاقة HSP Desk: قد تكون رمزًا شريطيًا لمنتج أو رمزًا لمنظمة أخرى.</translation>
    </message>
    <message>
        <source>This laptop has recorded no distribution at {site}.</source>
        <translation>لم يسجّل هذا الحاسوب أي توزيع في {site}.</translation>
    </message>
    <message>
        <source>This movement has already been reversed.</source>
        <translation>عُكست هذه الحركة من قبل.</translation>
    </message>
    <message>
        <source>This movement is itself a reversal.</source>
        <translation>هذه الحركة هي نفسها حركة عكسية.</translation>
    </message>
    <message>
        <source>This spreadsheet would be larger than 4 GB.</source>
        <translation>سيكون جدول البيانات هذا أكبر من 4 GB.</translation>
    </message>
    <message>
        <source>To restore what it voided, record the original entry again.</source>
        <translation>لاستعادة ما ألغته، سجّل القيد الأصلي مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes.</source>
        <translation>محاولات خاطئة كثيرة لكلمة المرور: {user} مقفل لمدة {minutes} دقيقة.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minute(s).</source>
        <translation>محاولات خاطئة كثيرة لكلمة المرور: {user} مقفل لمدة {minutes} دقيقة أخرى.</translation>
    </message>
    <message>
        <source>Trip {trip} has returned already.</source>
        <translation>عادت الرحلة {trip} من قبل.</translation>
    </message>
    <message>
        <source>Trip {trip}: {items} not counted on return.</source>
        <translation>الرحلة {trip}: لم يُعدّ عند العودة: {items}.</translation>
    </message>
    <message>
        <source>Type it as printed on the report: the entry number, a colon, then the {n} letters and digits, e.g. 12345:3fa2 9c1d 77b0 e412.</source>
        <translation>اكتبها كما هي مطبوعة في التقرير: رقم القيد، ثم نقطتان رأسيتان، ثم الأحرف والأرقام الـ {n}، مثل 12345:3fa2 9c1d 77b0 e412.</translation>
    </message>
    <message>
        <source>Type the passphrase again. Nothing was changed.</source>
        <translation>اكتب عبارة المرور مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Undoing an older distribution needs a reason.</source>
        <translation>يحتاج إلغاء توزيع أقدم إلى سبب.</translation>
    </message>
    <message>
        <source>Update HSP Desk on this laptop, then import it again. Nothing was imported.</source>
        <translation>حدّث HSP Desk على هذا الحاسوب، ثم استوردها مرة أخرى. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Use &apos;found&apos; to add stock, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; or &apos;stolen&apos; to remove it, or &apos;correction&apos; for either.</source>
        <translation>استخدم «عُثر عليه» (found) لإضافة مخزون، أو «تالف» (damaged) أو «منتهي الصلاحية» (expired) أو «مفقود» (lost) أو «مسروق» (stolen) لإخراجه، أو «تصحيح» (correction) لكليهما.</translation>
    </message>
    <message>
        <source>Use &apos;full&apos; or &apos;partial&apos;.</source>
        <translation>استخدم «full» (كامل) أو «partial» (جزئي).</translation>
    </message>
    <message>
        <source>Use 1 day or more.</source>
        <translation>استخدم يومًا واحدًا أو أكثر.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters or digits, e.g. the National Society&apos;s code (MNE).</source>
        <translation>استخدم من 1 إلى 10 أحرف أو أرقام، مثلًا رمز الجمعية الوطنية (MNE).</translation>
    </message>
    <message>
        <source>Use a new database file (--database-url) for the demo.</source>
        <translation>استخدم ملف قاعدة بيانات جديدًا (--database-url) للعرض التجريبي.</translation>
    </message>
    <message>
        <source>Use one of: {allowed}.</source>
        <translation>استخدم واحدًا من: {allowed}.</translation>
    </message>
    <message>
        <source>Use one of: {categories}.</source>
        <translation>استخدم واحدة من: {categories}.</translation>
    </message>
    <message>
        <source>Use one of: {flags}.</source>
        <translation>استخدم واحدة من: {flags}.</translation>
    </message>
    <message>
        <source>Use the workbook exported for this count.</source>
        <translation>استخدم المصنف المُصدَّر لهذا الجرد.</translation>
    </message>
    <message>
        <source>Use up to 64 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit (for example &apos;amina.k&apos;).</source>
        <translation>استخدم حتى 64 حرفًا من a-z أو أرقامًا أو نقاطًا أو شرطات أو شرطات سفلية، على أن يبدأ بحرف أو رقم (مثلًا «amina.k»).</translation>
    </message>
    <message>
        <source>Wait, or ask your branch manager to set a new password.</source>
        <translation>انتظر، أو اطلب من مدير الفرع تعيين كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Waybill {number} is {status}, not in transit.</source>
        <translation>حالة سند الشحن {number}: {status}، وليس قيد النقل.</translation>
    </message>
    <message>
        <source>Which GRN?</source>
        <translation>أي إشعار استلام (GRN)؟</translation>
    </message>
    <message>
        <source>Which waybill?</source>
        <translation>أي سند شحن؟</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>a branch manager</source>
        <translation>مدير الفرع</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>a logistics officer</source>
        <translation>مسؤول اللوجستيات</translation>
    </message>
    <message>
        <source>a row of {table} has no key</source>
        <translation>صف في {table} بلا مفتاح</translation>
    </message>
    <message>
        <source>a value of {table} cannot be read</source>
        <translation>قيمة في {table} لا يمكن قراءتها</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <source>adjust stock or check the ledger</source>
        <translation>يعدّل المخزون أو يتحقق من السجل</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>an item with the code {code} exists already</source>
        <translation>يوجد صنف بالرمز {code} مسبقًا</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>barcode {barcode} belongs to another item already</source>
        <translation>الرمز الشريطي (barcode) {barcode} مسجَّل لصنف آخر مسبقًا</translation>
    </message>
    <message>
        <source>barcode {barcode} is also on row {row}</source>
        <translation>الرمز الشريطي (barcode) {barcode} موجود أيضًا في الصف {row}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; is not one of {categories}</source>
        <translation>الفئة (category) «{category}» ليست من الفئات: {categories}</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>يغيّر الإعدادات أو القواعد</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>يغيّر الكتالوج</translation>
    </message>
    <message>
        <source>child in the household</source>
        <translation>طفل في الأسرة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; must be up to 32 letters, digits, - . _ or /</source>
        <translation>الرمز (code) «{code}» يجب أن يتكون من 32 محرفًا على الأكثر: أحرف أو أرقام أو - . _ أو /</translation>
    </message>
    <message>
        <source>code {code} is also on row {row}</source>
        <translation>الرمز (code) {code} موجود أيضًا في الصف {row}</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>count correction</source>
        <translation>تصحيح الجرد</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>يجرد المخزون</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>ترويسة تالفة</translation>
    </message>
    <message>
        <source>damaged {table}</source>
        <translation>الجدول {table} تالف</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date (write it as 2026-03-31 or 31.03.2026)</source>
        <translation>التاريخ (date) «{date}» ليس تاريخًا صحيحًا (اكتبه بالشكل 2026-03-31 أو 31.03.2026)</translation>
    </message>
    <message>
        <source>date {date} is in the future</source>
        <translation>التاريخ (date) {date} في المستقبل</translation>
    </message>
    <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation>يتبادل حزم المزامنة</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>expiry &apos;{expiry}&apos; is not a date</source>
        <translation>تاريخ انتهاء الصلاحية (expiry) «{expiry}» ليس تاريخًا صحيحًا</translation>
    </message>
    <message>
        <source>found</source>
        <translation>عُثر عليه</translation>
    </message>
    <message>
        <source>full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>give beyond a rule</source>
        <translation>يعطي أكثر مما تسمح به القاعدة</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>يسلّم المناوبة</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>يستورد مصنفات Excel</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>قيد النقل</translation>
    </message>
    <message>
        <source>infant (under 2) in the household</source>
        <translation>رضيع (دون السنتين) في الأسرة</translation>
    </message>
    <message>
        <source>issue or change cards</source>
        <translation>يُصدر البطاقات أو يغيّرها</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>تجميع الأطقم</translation>
    </message>
    <message>
        <source>kit component &apos;{part}&apos; must be written CODE:QTY, e.g. HYG-SOAP:2</source>
        <translation>يجب كتابة مكوّن الطقم (kit components) «{part}» بالشكل CODE:QTY (الرمز:الكمية)، مثلًا HYG-SOAP:2</translation>
    </message>
    <message>
        <source>kit component {component} is not in the catalogue (nor on an earlier row)</source>
        <translation>مكوّن الطقم {component} غير موجود في الكتالوج (ولا في صف سابق)</translation>
    </message>
    <message>
        <source>kit component {component} needs a quantity above 0, not {qty}</source>
        <translation>يحتاج مكوّن الطقم {component} إلى كمية أكبر من 0، وليس {qty}</translation>
    </message>
    <message>
        <source>kit disassembly</source>
        <translation>تفكيك الأطقم</translation>
    </message>
    <message>
        <source>kit {code} cannot contain itself</source>
        <translation>لا يمكن أن يحتوي الطقم {code} على نفسه</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>lot {lot} of {item} has expiry {before} on row {row}, not {expiry}</source>
        <translation>الدفعة {lot} من {item} تاريخ انتهاء صلاحيتها {before} في الصف {row}، وليس {expiry}</translation>
    </message>
    <message>
        <source>lot {lot} of {item} was received before with expiry {before}, not {expiry}</source>
        <translation>الدفعة {lot} من {item} استُلمت من قبل بتاريخ انتهاء صلاحية {before}، وليس {expiry}</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>يدير المستخدمين</translation>
    </message>
    <message>
        <source>missing column(s): {missing} (the header row must name: {columns})</source>
        <translation>أعمدة ناقصة: {missing} (يجب أن يحتوي صف العناوين على: {columns})</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>لا توجد جداول</translation>
    </message>
    <message>
        <source>older person (60+)</source>
        <translation>شخص مسن (60+)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>شخص ذو إعاقة</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding woman</source>
        <translation>امرأة حامل أو مرضعة</translation>
    </message>
    <message>
        <source>produce reports</source>
        <translation>يُعدّ التقارير</translation>
    </message>
    <message>
        <source>produce reports of every site</source>
        <translation>يُعدّ تقارير جميع المواقع</translation>
    </message>
    <message>
        <source>quantity &apos;{qty}&apos; is not a whole number</source>
        <translation>الكمية (quantity) «{qty}» ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>quantity {qty} must be above 0</source>
        <translation>الكمية (quantity) {qty} يجب أن تكون أكبر من 0</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>record goods received</source>
        <translation>يسجّل البضائع المستلمة</translation>
    </message>
    <message>
        <source>record hand-outs</source>
        <translation>يسجّل عمليات التسليم</translation>
    </message>
    <message>
        <source>see the stock</source>
        <translation>يطّلع على المخزون</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>رمز الموقع</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>مسروق</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>take or restore backups</source>
        <translation>يأخذ نسخًا احتياطية أو يستعيدها</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>خانة الرمز (code) فارغة</translation>
    </message>
    <message>
        <source>the columns of {table} differ</source>
        <translation>أعمدة {table} مختلفة</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>خانة التاريخ (date) فارغة</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>the item code is empty</source>
        <translation>خانة رمز الصنف (item code) فارغة</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>خانة الاسم (name) فارغة</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>الاسم (name) أطول من 200 حرف</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>خانة الكمية (quantity) فارغة</translation>
    </message>
    <message>
        <source>the site code is empty</source>
        <translation>خانة رمز الموقع (site code) فارغة</translation>
    </message>
    <message>
        <source>the supplier is longer than 200 characters</source>
        <translation>اسم المورّد (supplier) أطول من 200 حرف</translation>
    </message>
    <message>
        <source>there is no donor with the code &apos;{donor}&apos;</source>
        <translation>لا توجد جهة مانحة بالرمز «{donor}»</translation>
    </message>
    <message>
        <source>there is no item with the code or barcode &apos;{code}&apos;</source>
        <translation>لا يوجد صنف بالرمز أو الرمز الشريطي «{code}»</translation>
    </message>
    <message>
        <source>there is no site with the code &apos;{site}&apos;</source>
        <translation>لا يوجد موقع بالرمز «{site}»</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>قصير جدًا</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>نقل وارد</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>نقل صادر</translation>
    </message>
    <message>
        <source>transfer stock</source>
        <translation>ينقل المخزون</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; is longer than 16 characters</source>
        <translation>الوحدة (unit) «{unit}» أطول من 16 حرفًا</translation>
    </message>
    <message>
        <source>unknown table {table!r}</source>
        <translation>جدول غير معروف {table!r}</translation>
    </message>
    <message>
        <source>unreadable contents</source>
        <translation>محتويات غير قابلة للقراءة</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>ترويسة غير قابلة للقراءة</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>توقيع خاطئ</translation>
    </message>
    <message>
        <source>{code} has expiry dates: found stock needs its lot number</source>
        <translation>{code} له تواريخ انتهاء صلاحية: المخزون الذي عُثر عليه يحتاج إلى رقم دفعته</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}.</source>
        <translation>{code} يُعدّ حسب الدفعة في {number}.</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}: give the lot</source>
        <translation>{code} يُعدّ حسب الدفعة في {number}: حدّد الدفعة</translation>
    </message>
    <message>
        <source>{code} is not on count {number}.</source>
        <translation>{code} ليس ضمن الجرد {number}.</translation>
    </message>
    <message>
        <source>{code} lot {lot}</source>
        <translation>{code} الدفعة {lot}</translation>
    </message>
    <message>
        <source>{code} {name} lot {lot}</source>
        <translation>{code} {name} الدفعة {lot}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; must be yes or no</source>
        <translation>القيمة «{value}» في العمود {column} يجب أن تكون yes أو no</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} يوم</translation>
    </message>
    <message>
        <source>{file} is on a disk that cannot be written to (read-only).</source>
        <translation>{file} على قرص لا تمكن الكتابة عليه (للقراءة فقط).</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>{item} has an expiry date and none was given</source>
        <translation>للصنف {item} تاريخ انتهاء صلاحية، ولم يُكتب أي تاريخ في خانة expiry</translation>
    </message>
    <message>
        <source>{item} has an expiry date, and none was given.</source>
        <translation>لـ {item} تاريخ انتهاء صلاحية، ولم يُدخَل أي تاريخ.</translation>
    </message>
    <message>
        <source>{item} has expiry dates, so found stock needs its lot number.</source>
        <translation>لـ {item} تواريخ انتهاء صلاحية، لذا يحتاج المخزون الذي عُثر عليه إلى رقم دفعته.</translation>
    </message>
    <message>
        <source>{item} has no lot &apos;{lot}&apos;.</source>
        <translation>لا توجد لـ {item} دفعة «{lot}».</translation>
    </message>
    <message>
        <source>{item} is counted per lot on {number} ({lots}).</source>
        <translation>{item} يُعدّ حسب الدفعة في {number} ({lots}).</translation>
    </message>
    <message>
        <source>{item} is not on waybill {number}.</source>
        <translation>{item} ليس ضمن سند الشحن {number}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of {unit}, not {text!r}.</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا (الوحدة: {unit})، وليس {text!r}.</translation>
    </message>
    <message>
        <source>{key} must be from {minimum} to {maximum} {unit}, not {value}.</source>
        <translation>يجب أن يكون {key} من {minimum} إلى {maximum} (الوحدة: {unit})، وليس {value}.</translation>
    </message>
    <message>
        <source>{kit} is not a kit with components.</source>
        <translation>{kit} ليس طقمًا له مكونات.</translation>
    </message>
    <message>
        <source>{label}: at most {max_qty} per {per}{member}{flag}</source>
        <translation>{label}: بحد أقصى {max_qty} لكل {per}{member}{flag}</translation>
    </message>
    <message>
        <source>{line} is given twice.</source>
        <translation>{line} مُدخَل مرتين.</translation>
    </message>
    <message>
        <source>{line}: &apos;{given}&apos; is not a variance reason.</source>
        <translation>{line}: «{given}» ليس سببًا للفرق.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a shortage of {qty}.</source>
        <translation>{line}: لا يمكن أن يفسّر «{label}» نقصًا بمقدار {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a surplus of {qty}.</source>
        <translation>{line}: لا يمكن أن يفسّر «{label}» زيادة بمقدار {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{qty}&apos; is not a whole number.</source>
        <translation>{line}: «{qty}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{line}: a count cannot be below 0 ({qty}).</source>
        <translation>{line}: لا يمكن أن يكون العدد أقل من 0 ({qty}).</translation>
    </message>
    <message>
        <source>{line}: a variance of {variance:+d} has no reason.</source>
        <translation>{line}: فرق بمقدار {variance:+d} بلا سبب.</translation>
    </message>
    <message>
        <source>{line}: the reason &apos;other&apos; needs a note.</source>
        <translation>{line}: السبب «other» يحتاج إلى ملاحظة.</translation>
    </message>
    <message>
        <source>{name!r} cannot be a user name.</source>
        <translation>لا يمكن أن يكون {name!r} اسم مستخدم.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {error}.</source>
        <translation>تعذّرت قراءة {name} كمصنف Excel (.xlsx): {error}.</translation>
    </message>
    <message>
        <source>{name} is not an HSP Desk database.</source>
        <translation>{name} ليست قاعدة بيانات HSP Desk.</translation>
    </message>
    <message>
        <source>{number} is not a count session.</source>
        <translation>{number} ليس جلسة جرد.</translation>
    </message>
    <message>
        <source>{path} exists already.</source>
        <translation>{path} موجود مسبقًا.</translation>
    </message>
    <message>
        <source>{path} is in use and cannot be moved.</source>
        <translation>{path} قيد الاستخدام ولا يمكن نقله.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{qty} {unit} of {item} received, but {sent} were sent.</source>
        <translation>استُلم {qty} {unit} من {item}، لكن المُرسَل {sent}.</translation>
    </message>
    <message>
        <source>{role!r} is not a role.</source>
        <translation>{role!r} ليس دورًا.</translation>
    </message>
    <message>
        <source>{rows} row(s) of the count workbook are wrong, so nothing was imported:
  - {shown}{more}</source>
        <translation>عدد الصفوف الخاطئة في مصنف الجرد: {rows}، لذا لم يُستورد أي شيء:
  - {shown}{more}</translation>
    </message>
    <message>
        <source>{rows} row(s) of the workbook are wrong, so nothing was imported:
{shown}{more}
</source>
        <translation>عدد الصفوف الخاطئة في المصنف: {rows}، لذا لم يُستورد أي شيء:
{shown}{more}
</translation>
    </message>
    <message>
        <source>{rule}. This card&apos;s household is not recorded with that.</source>
        <translation>{rule}. لم يُسجَّل ذلك لأسرة هذه البطاقة.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. May receive again from {day}.</source>
        <translation>{rule}؛ استُلم {used} في هذه الفترة، وطُلب {asked}. يمكن الاستلام مجددًا اعتبارًا من {day}.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. More than {limit} cannot be given at once.</source>
        <translation>{rule}؛ استُلم {used} في هذه الفترة، وطُلب {asked}. لا يمكن تسليم أكثر من {limit} في المرة الواحدة.</translation>
    </message>
    <message>
        <source>{sheet} row {n}</source>
        <translation>الورقة «{sheet}»، الصف {n}</translation>
    </message>
    <message>
        <source>{site} has a count in progress that includes {items}.</source>
        <translation>في {site} جرد جارٍ يشمل {items}.</translation>
    </message>
    <message>
        <source>{site} is not a mobile HSP or team.</source>
        <translation>{site} ليس نقطة خدمة إنسانية متنقلة أو فريقًا.</translation>
    </message>
    <message>
        <source>{site} is still on the road with trip {trip}.</source>
        <translation>{site} ما زال في الطريق في الرحلة {trip}.</translation>
    </message>
    <message>
        <source>{user} is the only active branch manager.</source>
        <translation>{user} هو مدير الفرع النشط الوحيد.</translation>
    </message>
    <message>
        <source>{user} may not approve a count: that needs a coordinator or above.</source>
        <translation>لا يحق لـ {user} اعتماد جرد: يتطلب ذلك منسقًا أو دورًا أعلى.</translation>
    </message>
    <message>
        <source>{user} may not {action}: that needs {role} or above.</source>
        <translation>لا يحق لـ {user} أن {action}: يتطلب ذلك دور «{role}» أو أعلى.</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{where}: a count of {qty} without an item code</source>
        <translation>{where}: رقم معدود {qty} بدون رمز صنف (Item code)</translation>
    </message>
    <message>
        <source>{where}: {code}: a count cannot be below 0 ({qty})</source>
        <translation>{where}: {code}: لا يمكن أن يكون الرقم المعدود أقل من 0 ({qty})</translation>
    </message>
    <message>
        <source>{where}: {line} is already on row {row}</source>
        <translation>{where}: {line} موجود مسبقًا في الصف {row}</translation>
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
        <translation>متطوع</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>logistics officer</source>
        <translation>مسؤول اللوجستيات</translation>
    </message>
    <message>
        <source>branch manager</source>
        <translation>مدير الفرع</translation>
    </message>
</context>
</TS>
