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
