<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AdjustPage</name>
    <message>
        <source>Damaged</source>
        <translation>Κατεστραμμένο</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Ληγμένο</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένο</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Κλεμμένο</translation>
    </message>
    <message>
        <source>Found (adds stock)</source>
        <translation>Βρέθηκε (προσθέτει απόθεμα)</translation>
    </message>
    <message>
        <source>Correction (adds or removes)</source>
        <translation>Διόρθωση (προσθέτει ή αφαιρεί)</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>Αφαίρεση από το απόθεμα</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Προσθήκη στο απόθεμα</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(επιλέξτε αιτία)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Τι συνέβη (προαιρετικά)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Αιτία (υποχρεωτικά)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Record adjustment (Ctrl+Enter)</source>
        <translation>Καταχώριση διόρθωσης (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Διόρθωση</translation>
    </message>
    <message>
        <source>Adjust stock at {site}</source>
        <translation>Διόρθωση αποθέματος στο {site}</translation>
    </message>
    <message>
        <source>(any lot: soonest expiry first)</source>
        <translation>(οποιαδήποτε παρτίδα: πρώτα η πιο σύντομη λήξη)</translation>
    </message>
    <message>
        <source>{lot}: expires {expiry}, {qty} on hand</source>
        <translation>{lot}: λήγει {expiry}, {qty} διαθέσιμα</translation>
    </message>
    <message>
        <source>Recorded: {qty:+d} of {item} at {site} ({reason}).</source>
        <translation>Καταχωρίστηκε: {qty:+d} από {item} στο {site} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Catalogue</source>
        <extracomment>The lowest permission of any tab: logistics officers see the catalogue and sites.</extracomment>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Sites and reorder levels</source>
        <translation>Τοποθεσίες και όρια αναπαραγγελίας</translation>
    </message>
    <message>
        <source>Entitlement rules</source>
        <translation>Κανόνες δικαιούμενων</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Χρήστες</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Έλεγχος μητρώου</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Αντίγραφα ασφαλείας και επαναφορά</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Sync between laptops</source>
        <translation>Συγχρονισμός μεταξύ φορητών</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Διαχείριση</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Διαχείριση</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backup</source>
        <extracomment>Asked before a restore; tests replace it. Returns True to go on. After a restore the application closes: the restored file may need migrating and every page would show the old data. Tests replace it.</extracomment>
        <translation>Αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Λήφθηκε (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ημερήσιο</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>χειροκίνητο</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation>Μέγεθος (MiB)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Λήψη αντιγράφου τώρα</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Επαναφορά του επιλεγμένου αντιγράφου…</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are the server&apos;s job: pg_dump (and pg_restore to bring one back), scheduled on the server by its administrator.</source>
        <translation>Αυτή η βάση δεδομένων βρίσκεται σε διακομιστή PostgreSQL. Τα αντίγραφά της είναι δουλειά του διακομιστή: pg_dump (και pg_restore για επαναφορά), προγραμματισμένα στον διακομιστή από τον διαχειριστή του.</translation>
    </message>
    <message>
        <source>Database: {path}. A checked copy is taken every day and before every upgrade; backups are kept in {folder}.</source>
        <translation>Βάση δεδομένων: {path}. Ένα ελεγμένο αντίγραφο λαμβάνεται κάθε μέρα και πριν από κάθε αναβάθμιση· τα αντίγραφα φυλάσσονται στο {folder}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Το αντίγραφο γράφτηκε και ελέγχθηκε: {name}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Λήψη αντιγράφου της βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Επαναφορά αντιγράφου</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}?

Everything recorded after that backup is no longer in the database (the current file is kept aside, never deleted). HSP Desk closes when the restore is done; start it again to work on the restored data.</source>
        <translation>Αντικατάσταση της βάσης δεδομένων με το αντίγραφο {name};

Ό,τι καταχωρίστηκε μετά από αυτό το αντίγραφο δεν θα υπάρχει πλέον στη βάση (το τρέχον αρχείο φυλάσσεται χωριστά, δεν διαγράφεται ποτέ). Το HSP Desk κλείνει όταν ολοκληρωθεί η επαναφορά· ξεκινήστε το ξανά για να εργαστείτε με τα δεδομένα που επανήλθαν.</translation>
    </message>
    <message>
        <source>The backup was restored. HSP Desk closes now: start it again.</source>
        <translation>Το αντίγραφο επανήλθε. Το HSP Desk κλείνει τώρα: ξεκινήστε το ξανά.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Επιλέξτε πρώτα ένα αντίγραφο από τη λίστα.</translation>
    </message>
    <message>
        <source> The replaced database was kept as {name}.</source>
        <translation> Η βάση που αντικαταστάθηκε φυλάχτηκε ως {name}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Επαναφέρθηκε το {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Επαναφορά…</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Γραμμωτός κώδικας</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Σειριακός</translation>
    </message>
    <message>
        <source>Kit components</source>
        <translation>Περιεχόμενα κιτ</translation>
    </message>
    <message>
        <source>Filter: type part of a code, name or category…</source>
        <translation>Φίλτρο: πληκτρολογήστε μέρος κωδικού, ονόματος ή κατηγορίας…</translation>
    </message>
    <message>
        <source>e.g. HYG-SHAMPOO</source>
        <translation>π.χ. HYG-SHAMPOO</translation>
    </message>
    <message>
        <source>Expiry date on every delivery</source>
        <translation>Ημερομηνία λήξης σε κάθε παράδοση</translation>
    </message>
    <message>
        <source>Serial numbers (SIM cards)</source>
        <translation>Σειριακοί αριθμοί (κάρτες SIM)</translation>
    </message>
    <message>
        <source>For a kit: HYG-SOAP:2; HYG-TBRUSH:1</source>
        <translation>Για κιτ: HYG-SOAP:2; HYG-TBRUSH:1</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Προσθήκη του είδους</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>Βασική μονάδα</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Προσθήκη είδους</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>Κατάλογος ειδών</translation>
    </message>
    <message>
        <source>Goods received (receipts)</source>
        <translation>Παραλαβές αγαθών</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Εισαγωγή από Excel…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>Αποθήκευση κενού προτύπου…</translation>
    </message>
    <message>
        <source>Every row is checked first: one wrong row and nothing is imported.</source>
        <translation>Κάθε γραμμή ελέγχεται πρώτα: μία λανθασμένη γραμμή και δεν εισάγεται τίποτα.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Εισαγωγή από Excel</translation>
    </message>
    <message>
        <source>{code} was added to the catalogue.</source>
        <translation>Το {code} προστέθηκε στον κατάλογο.</translation>
    </message>
    <message>
        <source>Imported {rows} row(s) from {file}: {created}.</source>
        <translation>Εισήχθησαν {rows} γραμμές από το {file}: {created}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) in {file}. Correct these rows and import again.</source>
        <translation>Δεν εισήχθη τίποτα: {n} προβλήματα στο {file}. Διορθώστε αυτές τις γραμμές και εισαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Checking and importing the workbook…</source>
        <translation>Έλεγχος και εισαγωγή του βιβλίου εργασίας…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Αποθήκευση του προτύπου</translation>
    </message>
    <message>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Το πρότυπο αποθηκεύτηκε: {path}. Συμπληρώστε το και εισαγάγετέ το εδώ.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Blind (counters do not see the expected figures)</source>
        <translation>Τυφλή (όσοι μετρούν δεν βλέπουν τις αναμενόμενες ποσότητες)</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Έναρξη καταμέτρησης</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Καταμέτρηση</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Μετρήθηκαν</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Αναμενόμενα</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Απόκλιση</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Απαιτείται αιτία</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Αποθήκευση μετρήσεων</translation>
    </message>
    <message>
        <source>Counting done: submit</source>
        <translation>Η μέτρηση ολοκληρώθηκε: υποβολή</translation>
    </message>
    <message>
        <source>Approve (writes the corrections)</source>
        <translation>Έγκριση (καταχωρίζει τις διορθώσεις)</translation>
    </message>
    <message>
        <source>Stock counts at {site}</source>
        <translation>Καταμετρήσεις αποθέματος στο {site}</translation>
    </message>
    <message>
        <source>No count in progress here. Start one to count the shelves.</source>
        <translation>Δεν υπάρχει καταμέτρηση σε εξέλιξη εδώ. Ξεκινήστε μία για να μετρήσετε τα ράφια.</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>τυφλή</translation>
    </message>
    <message>
        <source>not blind</source>
        <translation>όχι τυφλή</translation>
    </message>
    <message>
        <source>{number}: {kind} count, {blind}, {status}; {n} of {total} lines counted.</source>
        <translation>{number}: καταμέτρηση {kind}, {blind}, {status}· μετρήθηκαν {n} από {total} γραμμές.</translation>
    </message>
    <message>
        <source>Count {number} started: type what is on each shelf.</source>
        <translation>Η καταμέτρηση {number} ξεκίνησε: πληκτρολογήστε τι υπάρχει σε κάθε ράφι.</translation>
    </message>
    <message>
        <source>Count {number} approved; the stock now matches the shelves.</source>
        <translation>Η καταμέτρηση {number} εγκρίθηκε· το απόθεμα συμφωνεί πλέον με τα ράφια.</translation>
    </message>
    <message>
        <source>Saved {n} line(s) of {number}.</source>
        <translation>Αποθηκεύτηκαν {n} γραμμές του {number}.</translation>
    </message>
</context>
<context>
    <name>DistributePage</name>
    <message>
        <source>not used yet</source>
        <extracomment>A card&apos;s status in words (a revoked card is refused before it is shown).</extracomment>
        <translation>δεν έχει χρησιμοποιηθεί ακόμη</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>σε χρήση</translation>
    </message>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>Σαρώστε μια κάρτα ή πληκτρολογήστε τον κωδικό της και πατήστε Enter</translation>
    </message>
    <message>
        <source>Without a card: people served</source>
        <translation>Χωρίς κάρτα: άτομα που εξυπηρετήθηκαν</translation>
    </message>
    <message>
        <source>No card scanned.</source>
        <translation>Δεν σαρώθηκε κάρτα.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>May receive today</source>
        <translation>Μπορεί να λάβει σήμερα</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>Τελευταίες επισκέψεις</translation>
    </message>
    <message>
        <source>Items (click to add; right-click to take one off)</source>
        <translation>Είδη (κλικ για προσθήκη· δεξί κλικ για αφαίρεση ενός)</translation>
    </message>
    <message>
        <source>Give (Enter)</source>
        <translation>Διανομή (Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Καθαρισμός (Esc)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Αναίρεση τελευταίας (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Διανομή</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Διανομή</translation>
    </message>
    <message>
        <source>Distribute at {site}</source>
        <translation>Διανομή στο {site}</translation>
    </message>
    <message>
        <source>Bundle {name}: {lines}</source>
        <translation>Σετ {name}: {lines}</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>Κάρτα {code}: {status}</translation>
    </message>
    <message>
        <source>household of {n}</source>
        <translation>νοικοκυριό {n} ατόμων</translation>
    </message>
    <message>
        <source>household size not recorded</source>
        <translation>το μέγεθος του νοικοκυριού δεν έχει καταγραφεί</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of the card&apos;s line</comment>
        <translation>· </translation>
    </message>
    <message>
        <source>{rule}: not for this household</source>
        <translation>{rule}: όχι για αυτό το νοικοκυριό</translation>
    </message>
    <message>
        <source>{rule}: {n} of {limit} left</source>
        <translation>{rule}: απομένουν {n} από {limit}</translation>
    </message>
    <message>
        <source>{rule}: none left; again from {day}</source>
        <translation>{rule}: δεν απομένει τίποτα· ξανά από {day}</translation>
    </message>
    <message>
        <source>No rules are set: anything in stock may be given.</source>
        <translation>Δεν έχουν οριστεί κανόνες: μπορεί να δοθεί οτιδήποτε υπάρχει στο απόθεμα.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(αναιρέθηκε)</translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation>Πρώτη επίσκεψη.</translation>
    </message>
    <message>
        <source>Without a card: enter how many people are served.</source>
        <translation>Χωρίς κάρτα: δώστε πόσα άτομα εξυπηρετούνται.</translation>
    </message>
    <message>
        <source>Nothing to give yet: click an item or a bundle.</source>
        <translation>Τίποτα προς διανομή ακόμη: κάντε κλικ σε ένα είδος ή ένα σετ.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card first, or tick “Without a card”.</source>
        <translation>Σαρώστε πρώτα την κάρτα του ατόμου ή επιλέξτε «Χωρίς κάρτα».</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} άτομα</translation>
    </message>
    <message>
        <source>Given to {who}: {items}.</source>
        <translation>Δόθηκαν σε {who}: {items}.</translation>
    </message>
    <message>
        <source>The last hand-over was undone; its items are back in stock.</source>
        <translation>Η τελευταία διανομή αναιρέθηκε· τα είδη της επέστρεψαν στο απόθεμα.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up HSP Desk</source>
        <translation>Ρύθμιση του HSP Desk</translation>
    </message>
    <message>
        <source>Your National Society</source>
        <translation>Ο Εθνικός σας Σύλλογος</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is empty. Three short steps set it up.</source>
        <translation>Η βάση δεδομένων αυτού του φορητού είναι κενή. Τρία σύντομα βήματα τη ρυθμίζουν.</translation>
    </message>
    <message>
        <source>e.g. MNE</source>
        <translation>π.χ. MNE</translation>
    </message>
    <message>
        <source>e.g. Red Cross of Montenegro</source>
        <translation>π.χ. Ερυθρός Σταυρός του Μαυροβουνίου</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Σύντομος κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Αυτή η τοποθεσία</translation>
    </message>
    <message>
        <source>The Humanitarian Service Point, warehouse or team this laptop works for.</source>
        <translation>Το Σημείο Ανθρωπιστικής Εξυπηρέτησης, η αποθήκη ή η ομάδα για την οποία δουλεύει αυτός ο φορητός.</translation>
    </message>
    <message>
        <source>e.g. MNE-ROZAJE</source>
        <translation>π.χ. MNE-ROZAJE</translation>
    </message>
    <message>
        <source>A mobile site (van, tent, team)</source>
        <translation>Κινητή τοποθεσία (βαν, σκηνή, ομάδα)</translation>
    </message>
    <message>
        <source>Start with the standard HSP items (water, food, hygiene kits, SIM cards…)</source>
        <translation>Έναρξη με τα τυπικά είδη HSP (νερό, τρόφιμα, κιτ υγιεινής, κάρτες SIM…)</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Κωδικός τοποθεσίας</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>The first user</source>
        <translation>Ο πρώτος χρήστης</translation>
    </message>
    <message>
        <source>A branch manager, who then adds the other users.</source>
        <translation>Ένας διευθυντής παραρτήματος, που στη συνέχεια προσθέτει τους άλλους χρήστες.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>Κωδικός πρόσβασης (8 ή περισσότεροι χαρακτήρες)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ξανά ο κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Οι δύο κωδικοί διαφέρουν. Πληκτρολογήστε τους ξανά.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>open</source>
        <translation>ανοιχτή</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>κλειστή</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>&amp;Παράδοση βάρδιας</translation>
    </message>
    <message>
        <source>Name of the coordinator handing over</source>
        <translation>Όνομα του συντονιστή που παραδίδει</translation>
    </message>
    <message>
        <source>Tick the items counted at this handover</source>
        <translation>Επιλέξτε τα είδη που μετρώνται σε αυτή την παράδοση</translation>
    </message>
    <message>
        <source>Count these at every handover here</source>
        <translation>Να μετρώνται αυτά σε κάθε παράδοση εδώ</translation>
    </message>
    <message>
        <source>Start the handover</source>
        <translation>Έναρξη της παράδοσης</translation>
    </message>
    <message>
        <source>Outgoing coordinator</source>
        <translation>Απερχόμενος συντονιστής</translation>
    </message>
    <message>
        <source>Shift started at</source>
        <translation>Η βάρδια ξεκίνησε στις</translation>
    </message>
    <message>
        <source>Start a handover</source>
        <translation>Έναρξη παράδοσης</translation>
    </message>
    <message>
        <source>Items to count (blind):</source>
        <translation>Είδη προς μέτρηση (τυφλά):</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Μετρήθηκαν</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Αναμενόμενα</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Απόκλιση</translation>
    </message>
    <message>
        <source>Name of the coordinator taking over</source>
        <translation>Όνομα του συντονιστή που αναλαμβάνει</translation>
    </message>
    <message>
        <source>Open issues for the next shift: stock expected, broken scanner, … (never about a person)</source>
        <translation>Εκκρεμότητες για την επόμενη βάρδια: αναμενόμενο απόθεμα, χαλασμένος σαρωτής, … (ποτέ για πρόσωπα)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Αποθήκευση μετρήσεων</translation>
    </message>
    <message>
        <source>Close the handover</source>
        <translation>Κλείσιμο της παράδοσης</translation>
    </message>
    <message>
        <source>Save PDF to sign…</source>
        <translation>Αποθήκευση PDF για υπογραφή…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>Αποθήκευση Excel…</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Άνοιγμα της αναφοράς</translation>
    </message>
    <message>
        <source>Incoming coordinator</source>
        <translation>Εισερχόμενος συντονιστής</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <source>This handover</source>
        <translation>Αυτή η παράδοση</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Παράδοση βάρδιας</translation>
    </message>
    <message>
        <source>Shift handover at {site}</source>
        <translation>Παράδοση βάρδιας στο {site}</translation>
    </message>
    <message>
        <source>{number}: {who}, {status}, since {start}</source>
        <translation>{number}: {who}, {status}, από {start}</translation>
    </message>
    <message>
        <source>No handover here yet. Fill in the left side and start one at the end of the shift.</source>
        <translation>Δεν υπάρχει ακόμη παράδοση εδώ. Συμπληρώστε την αριστερή πλευρά και ξεκινήστε μία στο τέλος της βάρδιας.</translation>
    </message>
    <message>
        <source>{number} is open: {who} hands over. Count each line without looking at the stock list (blind), then enter the incoming coordinator and close.</source>
        <translation>Η {number} είναι ανοιχτή: παραδίδει ο/η {who}. Μετρήστε κάθε γραμμή χωρίς να κοιτάτε τη λίστα αποθέματος (τυφλά), μετά δώστε τον εισερχόμενο συντονιστή και κλείστε.</translation>
    </message>
    <message>
        <source>No items are counted at this handover.</source>
        <translation>Δεν μετρώνται είδη σε αυτή την παράδοση.</translation>
    </message>
    <message>
        <source>{number} closed: {out} handed over to {inc} at {end}.</source>
        <translation>Η {number} έκλεισε: ο/η {out} παρέδωσε στον/στην {inc} στις {end}.</translation>
    </message>
    <message>
        <source>Count {count} waits for approval on the Count page (a reason for each variance).</source>
        <translation>Η καταμέτρηση {count} περιμένει έγκριση στη σελίδα Καταμέτρηση (μια αιτία για κάθε απόκλιση).</translation>
    </message>
    <message>
        <source>{n} item(s) are now counted at every handover at {site}.</source>
        <translation>{n} είδη μετρώνται πλέον σε κάθε παράδοση στο {site}.</translation>
    </message>
    <message>
        <source>Handover {number} started. Count the lines, then close it.</source>
        <translation>Η παράδοση {number} ξεκίνησε. Μετρήστε τις γραμμές και μετά κλείστε τη.</translation>
    </message>
    <message>
        <source>Type the counted figures in the Counted column first.</source>
        <translation>Πληκτρολογήστε πρώτα τις μετρημένες ποσότητες στη στήλη Μετρήθηκαν.</translation>
    </message>
    <message>
        <source>Saved {n} counted line(s).</source>
        <translation>Αποθηκεύτηκαν {n} μετρημένες γραμμές.</translation>
    </message>
    <message>
        <source>Handover {number} closed. Save the PDF and sign it together.</source>
        <translation>Η παράδοση {number} έκλεισε. Αποθηκεύστε το PDF και υπογράψτε το μαζί.</translation>
    </message>
    <message>
        <source>Save the handover report</source>
        <translation>Αποθήκευση της αναφοράς παράδοσης</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <source>Producing the handover report…</source>
        <translation>Δημιουργία της αναφοράς παράδοσης…</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type a name or code, or scan</source>
        <extracomment>Enter was pressed on a known item (a scanner sends the code and Enter).</extracomment>
        <translation>Είδος: πληκτρολογήστε όνομα ή κωδικό ή σαρώστε</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kit</source>
        <translation>Κιτ</translation>
    </message>
    <message>
        <source>How many kits</source>
        <translation>Πόσα κιτ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Per kit</source>
        <translation>Ανά κιτ</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Απαιτούνται</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Διαθέσιμα</translation>
    </message>
    <message>
        <source>Enough for</source>
        <translation>Επαρκούν για</translation>
    </message>
    <message>
        <source>Assemble</source>
        <translation>Συναρμολόγηση</translation>
    </message>
    <message>
        <source>Take apart</source>
        <translation>Αποσυναρμολόγηση</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Κιτ</translation>
    </message>
    <message>
        <source>Assemble kits at {site}</source>
        <translation>Συναρμολόγηση κιτ στο {site}</translation>
    </message>
    <message>
        <source>Assembled {n} × {kit} at {site}.</source>
        <translation>Συναρμολογήθηκαν {n} × {kit} στο {site}.</translation>
    </message>
    <message>
        <source>Took apart {n} × {kit} at {site}.</source>
        <translation>Αποσυναρμολογήθηκαν {n} × {kit} στο {site}.</translation>
    </message>
</context>
<context>
    <name>LedgerCheckTab</name>
    <message>
        <source>Recomputing every balance from the ledger…</source>
        <extracomment>The words shown for each check while it runs, by the check&apos;s function name.</extracomment>
        <translation>Επανυπολογισμός κάθε υπολοίπου από το μητρώο…</translation>
    </message>
    <message>
        <source>Checking that every entry is as HSP Desk wrote it…</source>
        <translation>Έλεγχος ότι κάθε εγγραφή είναι όπως την κατέγραψε το HSP Desk…</translation>
    </message>
    <message>
        <source>Checking the hand-outs against the ledger…</source>
        <translation>Έλεγχος των διανομών σε σχέση με το μητρώο…</translation>
    </message>
    <message>
        <source>The check recomputes every stock balance from the movements, and checks that nothing was changed outside HSP Desk. It only reads: hand-outs can go on while it runs. A routine check reads what was written since the last one (seconds); &quot;Check everything&quot; re-reads the whole ledger (about half a minute per million movements).</source>
        <translation>Ο έλεγχος υπολογίζει ξανά κάθε υπόλοιπο αποθέματος από τις κινήσεις και ελέγχει ότι τίποτα δεν άλλαξε έξω από το HSP Desk. Μόνο διαβάζει: οι διανομές μπορούν να συνεχίζονται όσο τρέχει. Ένας τακτικός έλεγχος διαβάζει ό,τι γράφτηκε από τον προηγούμενο (δευτερόλεπτα)· το «Έλεγχος όλων» ξαναδιαβάζει όλο το μητρώο (περίπου μισό λεπτό ανά εκατομμύριο κινήσεις).</translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation>Έλεγχος του μητρώου</translation>
    </message>
    <message>
        <source>Check everything</source>
        <translation>Έλεγχος όλων</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Τι βρέθηκε</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Διακοπή του ελέγχου…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Ο έλεγχος διακόπηκε. Τίποτα δεν άλλαξε.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and every row and all {n} audit entries are as HSP Desk wrote them.</source>
        <translation>Δεν βρέθηκε πρόβλημα. Κάθε υπόλοιπο συμφωνεί με το μητρώο, και κάθε γραμμή και όλες οι {n} εγγραφές ελέγχου είναι όπως τις έγραψε το HSP Desk.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and the {n} entries written since the last check ({when} UTC) are as HSP Desk wrote them.</source>
        <translation>Δεν βρέθηκε πρόβλημα. Κάθε υπόλοιπο συμφωνεί με το μητρώο, και οι {n} εγγραφές από τον τελευταίο έλεγχο ({when} UTC) είναι όπως τις έγραψε το HSP Desk.</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was changed. Each line says where. Keep recording as usual, and send this list to your branch manager: the database was changed outside HSP Desk (or damaged), and the backup from before the change can be restored on the &quot;Backup and restore&quot; tab.</source>
        <translation>Βρέθηκαν {n} προβλήματα· τίποτα δεν άλλαξε. Κάθε γραμμή λέει πού. Συνεχίστε την καταγραφή κανονικά και στείλτε αυτή τη λίστα στον διευθυντή του παραρτήματος: η βάση δεδομένων άλλαξε έξω από το HSP Desk (ή χάλασε), και το αντίγραφο ασφαλείας πριν από την αλλαγή μπορεί να επαναφερθεί στην καρτέλα «Αντίγραφα ασφαλείας και επαναφορά».</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Lot / batch (optional)</source>
        <translation>Παρτίδα (προαιρετικά)</translation>
    </message>
    <message>
        <source>Only for items with an expiry date</source>
        <translation>Μόνο για είδη με ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Προσθήκη γραμμής</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ποσ.</translation>
    </message>
    <message>
        <source>Choose an item from the list first.</source>
        <translation>Επιλέξτε πρώτα ένα είδος από τη λίστα.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Δώστε ποσότητα μεγαλύτερη από 0.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HSP Desk: screen locked</source>
        <translation>HSP Desk: η οθόνη κλειδώθηκε</translation>
    </message>
    <message>
        <source>HSP Desk: sign in</source>
        <translation>HSP Desk: σύνδεση</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ξεκλείδωμα</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Σύνδεση ως άλλος χρήστης</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>Η οθόνη κλειδώθηκε μετά από διάστημα χωρίς χρήση.</translation>
    </message>
    <message>
        <source>Demo users: volunteer, coordinator, logistics, manager; password {pw}</source>
        <extracomment>How long a Python thread keeps the interpreter lock while another waits for it (the interpreter&apos;s default is 5 ms). The GUI thread takes the lock for every cell Qt paints; while a worker runs Python (a page read ahead, a report, an import), each take may wait the whole interval: stock card frames painted during a read ahead reached 50-54 ms.</extracomment>
        <translation>Χρήστες επίδειξης: volunteer, coordinator, logistics, manager· κωδικός {pw}</translation>
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
        <translation>Η τοποθεσία όπου εργάζεστε (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Τοποθεσία:</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Συνδεδεμένος: {user} ({role})</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Not given</source>
        <translation>Δεν δόθηκε</translation>
    </message>
    <message>
        <source>Why the rule is set aside (never about the person)</source>
        <translation>Γιατί παρακάμπτεται ο κανόνας (ποτέ για το πρόσωπο)</translation>
    </message>
    <message>
        <source>A coordinator may give it anyway, with a reason:</source>
        <translation>Ένας συντονιστής μπορεί να το δώσει παρ&apos; όλα αυτά, με αιτιολόγηση:</translation>
    </message>
    <message>
        <source>Override and give</source>
        <translation>Παράκαμψη και διανομή</translation>
    </message>
    <message>
        <source>Only a coordinator may override this rule. Nothing was recorded.</source>
        <translation>Μόνο ένας συντονιστής μπορεί να παρακάμψει αυτόν τον κανόνα. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Do not give</source>
        <translation>Να μη δοθεί</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Who delivered (optional)</source>
        <translation>Ποιος παρέδωσε (προαιρετικά)</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the delivery note number</source>
        <translation>Σημείωση (προαιρετικά), π.χ. ο αριθμός του δελτίου αποστολής</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Δωρητής</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Προμηθευτής</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Record receipt (Ctrl+Enter)</source>
        <translation>Καταχώριση παραλαβής (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Παραλαβή</translation>
    </message>
    <message>
        <source>(no donor)</source>
        <translation>(χωρίς δωρητή)</translation>
    </message>
    <message>
        <source>Receive goods at {site}</source>
        <translation>Παραλαβή αγαθών στο {site}</translation>
    </message>
    <message>
        <source>Recorded {number}: {n} line(s) received at {site}.</source>
        <translation>Καταχωρίστηκε το {number}: {n} γραμμές παραλήφθηκαν στο {site}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All sites (branch managers)</source>
        <translation>Όλες οι τοποθεσίες (διευθυντές παραρτήματος)</translation>
    </message>
    <message>
        <source>e.g. GRN-MNE-ROZAJE-2026-0007</source>
        <translation>π.χ. GRN-MNE-ROZAJE-2026-0007</translation>
    </message>
    <message>
        <source>Save report as…</source>
        <translation>Αποθήκευση αναφοράς ως…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Τοποθεσίες</translation>
    </message>
    <message>
        <source>Period (from, to)</source>
        <translation>Περίοδος (από, έως)</translation>
    </message>
    <message>
        <source>Item (stock card)</source>
        <translation>Είδος (καρτέλα αποθέματος)</translation>
    </message>
    <message>
        <source>Document number (GRN, waybill)</source>
        <translation>Αριθμός εγγράφου (δελτίο παραλαβής, δελτίο αποστολής)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Άνοιγμα της αναφοράς</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>Reports for {site}</source>
        <translation>Αναφορές για το {site}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Αποθήκευση της αναφοράς</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <source>Producing the report…</source>
        <translation>Δημιουργία της αναφοράς…</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Applies to</source>
        <translation>Ισχύει για</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Το πολύ</translation>
    </message>
    <message>
        <source>Per days</source>
        <translation>Ανά ημέρες</translation>
    </message>
    <message>
        <source>× household</source>
        <translation>× νοικοκυριό</translation>
    </message>
    <message>
        <source>Only with</source>
        <translation>Μόνο με</translation>
    </message>
    <message>
        <source>Times the household size</source>
        <translation>Επί το μέγεθος του νοικοκυριού</translation>
    </message>
    <message>
        <source>(every household)</source>
        <translation>(κάθε νοικοκυριό)</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Αποθήκευση του κανόνα</translation>
    </message>
    <message>
        <source>Remove the chosen rule</source>
        <translation>Αφαίρεση του επιλεγμένου κανόνα</translation>
    </message>
    <message>
        <source>Item or category</source>
        <translation>Είδος ή κατηγορία</translation>
    </message>
    <message>
        <source>Per (days)</source>
        <translation>Ανά (ημέρες)</translation>
    </message>
    <message>
        <source>Only for a household with</source>
        <translation>Μόνο για νοικοκυριό με</translation>
    </message>
    <message>
        <source>Add or change a rule</source>
        <translation>Προσθήκη ή αλλαγή κανόνα</translation>
    </message>
    <message>
        <source>any {category} item</source>
        <translation>οποιοδήποτε είδος της κατηγορίας {category}</translation>
    </message>
    <message>
        <source>Rule saved: at most {n} per {d} days for {what}.</source>
        <translation>Ο κανόνας αποθηκεύτηκε: το πολύ {n} ανά {d} ημέρες για {what}.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Ο κανόνας αφαιρέθηκε.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Lock the screen after (minutes without use)</source>
        <translation>Κλείδωμα οθόνης μετά από (λεπτά χωρίς χρήση)</translation>
    </message>
    <message>
        <source>Forget cards unseen for (days)</source>
        <translation>Διαγραφή καρτών που δεν εμφανίστηκαν για (ημέρες)</translation>
    </message>
    <message>
        <source>The screen locks after this long without a key press or click; takes effect at the next sign-in.</source>
        <translation>Η οθόνη κλειδώνει μετά από τόσο χρόνο χωρίς πάτημα πλήκτρου ή κλικ· ισχύει από την επόμενη σύνδεση.</translation>
    </message>
    <message>
        <source>Cards not seen for this long are purged; the distribution figures stay.</source>
        <translation>Οι κάρτες που δεν εμφανίστηκαν για τόσο διάστημα διαγράφονται· τα στοιχεία διανομής παραμένουν.</translation>
    </message>
    <message>
        <source>Screens, reports and cards; takes effect when HSP Desk starts again.</source>
        <translation>Οθόνες, αναφορές και κάρτες· ισχύει όταν το HSP Desk ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>The language follows the laptop&apos;s language, or HSP_DESK_LANG (e.g. fr, ar).</source>
        <translation>Η γλώσσα ακολουθεί τη γλώσσα του φορητού ή το HSP_DESK_LANG (π.χ. fr, ar).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Αποθήκευση ρυθμίσεων</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Saved {n} setting(s).</source>
        <translation>Αποθηκεύτηκαν {n} ρυθμίσεις.</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Διαθέσιμα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Όριο αναπαραγγελίας</translation>
    </message>
    <message>
        <source>Save reorder levels</source>
        <translation>Αποθήκευση ορίων αναπαραγγελίας</translation>
    </message>
    <message>
        <source>Reorder levels at {site}: an item at or below its level is low stock. Leave empty for none.</source>
        <translation>Όρια αναπαραγγελίας στο {site}: ένα είδος στο όριό του ή κάτω από αυτό έχει χαμηλό απόθεμα. Αφήστε κενό για κανένα.</translation>
    </message>
    <message>
        <source>Type a level in the Reorder level column first.</source>
        <translation>Πληκτρολογήστε πρώτα ένα όριο στη στήλη Όριο αναπαραγγελίας.</translation>
    </message>
    <message>
        <source>Saved {n} reorder level(s) at {site}.</source>
        <translation>Αποθηκεύτηκαν {n} όρια αναπαραγγελίας στο {site}.</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Κίνηση</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Εισερχ. / εξερχ.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Παραλαβή</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Εξερχόμενη μεταφορά</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Εισερχόμενη μεταφορά</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Διανομή</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Διόρθωση</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Διόρθωση καταμέτρησης</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>Συναρμολόγηση κιτ</translation>
    </message>
    <message>
        <source>Kit disassembly</source>
        <translation>Αποσυναρμολόγηση κιτ</translation>
    </message>
</context>
<context>
    <name>StockCardView</name>
    <message>
        <source>Back to stock (Esc)</source>
        <extracomment>Rows fetched per scroll step of the stock card.</extracomment>
        <translation>Επιστροφή στο απόθεμα (Esc)</translation>
    </message>
    <message>
        <source>Stock card: {code}; reading…</source>
        <translation>Καρτέλα αποθέματος: {code}· ανάγνωση…</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>όλες οι τοποθεσίες</translation>
    </message>
    <message>
        <source>Stock card: {name} ({code}) at {site}; on hand {qty} {unit}; {n} movements</source>
        <translation>Καρτέλα αποθέματος: {name} ({code}) στο {site}· διαθέσιμα {qty} {unit}· {n} κινήσεις</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter: type part of an item, category or site…</source>
        <translation>Φίλτρο: πληκτρολογήστε μέρος είδους, κατηγορίας ή τοποθεσίας…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Όλες οι τοποθεσίες</translation>
    </message>
    <message>
        <source>Only low stock, near expiry or running out</source>
        <translation>Μόνο χαμηλό απόθεμα, κοντά στη λήξη ή σε εξάντληση</translation>
    </message>
    <message>
        <source>Red, bold, with a warning sign: at or below the reorder level. Amber with an hourglass: expires within 30 days. Blue, bold: runs out within 7 days at the use of the last {days} days (Days left).</source>
        <translation>Κόκκινο, έντονο, με προειδοποιητικό σήμα: στο όριο αναπαραγγελίας ή κάτω από αυτό. Πορτοκαλί με κλεψύδρα: λήγει μέσα σε 30 ημέρες. Μπλε, έντονο: εξαντλείται μέσα σε 7 ημέρες με την κατανάλωση των τελευταίων {days} ημερών (Ημέρες που απομένουν).</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the item&apos;s stock card</source>
        <translation>Διπλό κλικ ή Enter για την καρτέλα αποθέματος του είδους</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Απόθεμα</translation>
    </message>
    <message>
        <source>Stock on hand: all sites</source>
        <translation>Διαθέσιμο απόθεμα: όλες οι τοποθεσίες</translation>
    </message>
    <message>
        <source>Stock on hand: {site}</source>
        <translation>Διαθέσιμο απόθεμα: {site}</translation>
    </message>
    <message>
        <source>{n} items in stock; {low} low; {soon} near expiry; {out} run out within 7 days</source>
        <translation>{n} είδη σε απόθεμα· {low} χαμηλά· {soon} κοντά στη λήξη· {out} εξαντλούνται μέσα σε 7 ημέρες</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Site</source>
        <extracomment>Lots expiring within this many days are &quot;near expiry&quot;. Items whose stock lasts this many days or less at the recent rate of use &quot;run out soon&quot;. translate(&quot;Context&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Διαθέσιμα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Όριο αναπαραγγελίας</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Πλησιέστερη λήξη</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Ημέρες που απομένουν</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>Days of stock left per (site code, item code); None: nothing was used lately.</extracomment>
        <translation>Χαμηλό απόθεμα</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Ληγμένο</translation>
    </message>
    <message>
        <source>Expires in {0} days</source>
        <translation>Λήγει σε {0} ημέρες</translation>
    </message>
    <message>
        <source>Runs out in {0} days</source>
        <translation>Εξαντλείται σε {0} ημέρες</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Export a bundle…</source>
        <translation>Εξαγωγή πακέτου…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Εισαγωγή πακέτου…</translation>
    </message>
    <message>
        <source>Households served beyond a rule on two laptops while offline (short household id only):</source>
        <translation>Νοικοκυριά που εξυπηρετήθηκαν πέρα από κανόνα σε δύο φορητούς εκτός σύνδεσης (μόνο σύντομο αναγνωριστικό νοικοκυριού):</translation>
    </message>
    <message>
        <source>This laptop: {device}. Last bundle exported: {last}. Changes recorded since: {n}. Bundles imported from {devices} other laptop(s); {held} held back.</source>
        <translation>Αυτός ο φορητός: {device}. Τελευταίο πακέτο που εξήχθη: {last}. Αλλαγές που καταγράφηκαν από τότε: {n}. Πακέτα εισήχθησαν από {devices} άλλους φορητούς· {held} σε αναμονή.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>κανένα ακόμη</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop yet: import the branch&apos;s key file with &apos;hsp-desk bundle key import FILE&apos;.</source>
        <translation>Δεν υπάρχει ακόμη κλειδί παραρτήματος σε αυτόν τον φορητό: εισαγάγετε το αρχείο κλειδιού του παραρτήματος με &apos;hsp-desk bundle key import FILE&apos;.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Εξαγωγή πακέτου</translation>
    </message>
    <message>
        <source>Collecting what this laptop recorded…</source>
        <translation>Συλλογή όσων κατέγραψε αυτός ο φορητός…</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle: no file was written.</source>
        <translation>Τίποτα νέο από το τελευταίο πακέτο: δεν γράφτηκε αρχείο.</translation>
    </message>
    <message>
        <source>Bundle #{seq} written to {path}: {n} row(s), {m} movement(s). Take it to the other laptop and import it there.</source>
        <translation>Το πακέτο #{seq} γράφτηκε στο {path}: {n} γραμμές, {m} κινήσεις. Μεταφέρετέ το στον άλλο φορητό και εισαγάγετέ το εκεί.</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>Εξαγωγή του πακέτου…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Εισαγωγή πακέτου</translation>
    </message>
    <message>
        <source>Checking the seal and importing…</source>
        <translation>Έλεγχος της σφραγίδας και εισαγωγή…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Εισαγωγή του πακέτου…</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} was imported before: nothing changed.</source>
        <translation>Το πακέτο #{seq} του {device} είχε ήδη εισαχθεί: δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} is held back until bundle(s) {missing} of that laptop are imported; it is then imported by itself.</source>
        <translation>Το πακέτο #{seq} του {device} κρατείται μέχρι να εισαχθούν τα πακέτα {missing} εκείνου του φορητού· τότε εισάγεται αυτόματα.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} imported: {new} new row(s), {moves} movement(s); {updated} updated; {present} already here.</source>
        <translation>Το πακέτο #{seq} του {device} εισήχθη: {new} νέες γραμμές, {moves} κινήσεις· {updated} ενημερώθηκαν· {present} υπήρχαν ήδη.</translation>
    </message>
    <message>
        <source>{n} held bundle(s) were imported after it.</source>
        <translation>{n} πακέτα σε αναμονή εισήχθησαν μετά από αυτό.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that wrote to the database finished: pages refresh what they show.</extracomment>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Print new cards…</source>
        <extracomment>Set by tests and scripts to skip the Save-as dialog.</extracomment>
        <translation>Εκτύπωση νέων καρτών…</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Νέες κάρτες</translation>
    </message>
    <message>
        <source>How many cards</source>
        <translation>Πόσες κάρτες</translation>
    </message>
    <message>
        <source>Scan the old card, or type its code</source>
        <translation>Σαρώστε την παλιά κάρτα ή πληκτρολογήστε τον κωδικό της</translation>
    </message>
    <message>
        <source>Replace the lost card…</source>
        <translation>Αντικατάσταση της χαμένης κάρτας…</translation>
    </message>
    <message>
        <source>Lost or damaged card</source>
        <translation>Χαμένη ή κατεστραμμένη κάρτα</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>Παλιά κάρτα</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Άνοιγμα του PDF</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Κάρτες</translation>
    </message>
    <message>
        <source>Anonymous cards at {site}</source>
        <translation>Ανώνυμες κάρτες στο {site}</translation>
    </message>
    <message>
        <source>Save the card sheet</source>
        <translation>Αποθήκευση του φύλλου καρτών</translation>
    </message>
    <message>
        <source>{n} cards on {pages} page(s): {path}</source>
        <translation>{n} κάρτες σε {pages} σελίδες: {path}</translation>
    </message>
    <message>
        <source>Printing cards…</source>
        <translation>Εκτύπωση καρτών…</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Αποθήκευση της νέας κάρτας</translation>
    </message>
    <message>
        <source>The old card is revoked. New card {code} (same household): {path}</source>
        <translation>Η παλιά κάρτα ανακλήθηκε. Νέα κάρτα {code} (ίδιο νοικοκυριό): {path}</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Note (optional): driver, vehicle…</source>
        <translation>Σημείωση (προαιρετικά): οδηγός, όχημα…</translation>
    </message>
    <message>
        <source>Dispatch waybill (Ctrl+Enter)</source>
        <translation>Αποστολή με δελτίο αποστολής (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Αποστολή αγαθών</translation>
    </message>
    <message>
        <source>To site</source>
        <translation>Προς τοποθεσία</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Δελτίο αποστολής</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Απεστάλη</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκαν</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Παραλήφθηκαν</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Χάθηκαν κατά τη μεταφορά</translation>
    </message>
    <message>
        <source>Receive this waybill</source>
        <translation>Παραλαβή αυτού του δελτίου</translation>
    </message>
    <message>
        <source>Choose a waybill; type what arrived in the Received column.</source>
        <translation>Επιλέξτε ένα δελτίο αποστολής· πληκτρολογήστε τι έφτασε στη στήλη Παραλήφθηκαν.</translation>
    </message>
    <message>
        <source>Waybills in transit</source>
        <translation>Δελτία αποστολής σε μεταφορά</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Μεταφορά</translation>
    </message>
    <message>
        <source>Transfers from and to {site}</source>
        <translation>Μεταφορές από και προς το {site}</translation>
    </message>
    <message>
        <source>Waybill {number} dispatched to {site}; it is now in transit.</source>
        <translation>Το δελτίο αποστολής {number} στάλθηκε στο {site}· είναι τώρα σε μεταφορά.</translation>
    </message>
    <message>
        <source>Type what arrived in the Received column, then receive.</source>
        <translation>Πληκτρολογήστε τι έφτασε στη στήλη Παραλήφθηκαν και μετά κάντε παραλαβή.</translation>
    </message>
    <message>
        <source>This waybill goes to {site}: receive it there (choose that site at the top).</source>
        <translation>Αυτό το δελτίο πηγαίνει στο {site}: παραλάβετέ το εκεί (επιλέξτε αυτή την τοποθεσία επάνω).</translation>
    </message>
    <message>
        <source>Waybill {number} received.</source>
        <translation>Το δελτίο αποστολής {number} παραλήφθηκε.</translation>
    </message>
    <message>
        <source>{n} unit(s) lost in transit are recorded on the waybill.</source>
        <translation>{n} μονάδες που χάθηκαν κατά τη μεταφορά καταγράφονται στο δελτίο.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>απενεργοποιημένος</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Τελευταία σύνδεση</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Κλειδωμένος έως</translation>
    </message>
    <message>
        <source>e.g. amina.h</source>
        <translation>π.χ. amina.h</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Προσθήκη του χρήστη</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>Password (8 or more)</source>
        <translation>Κωδικός (8 ή περισσότεροι)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ξανά ο κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Προσθήκη χρήστη</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Επιλέξτε χρήστη από τη λίστα.</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Αλλαγή ρόλου</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Ορισμός αυτού του κωδικού</translation>
    </message>
    <message>
        <source>Disable (cannot sign in)</source>
        <translation>Απενεργοποίηση (δεν μπορεί να συνδεθεί)</translation>
    </message>
    <message>
        <source>Enable again</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Νέος κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>The chosen user</source>
        <translation>Ο επιλεγμένος χρήστης</translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation>Ο χρήστης {user} απενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>Ο χρήστης {user} μπορεί να συνδεθεί ξανά.</translation>
    </message>
    <message>
        <source>{user} ({name}), {role}</source>
        <translation>{user} ({name}), {role}</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Οι δύο κωδικοί διαφέρουν. Πληκτρολογήστε τους ξανά.</translation>
    </message>
    <message>
        <source>{user} was added as {role}.</source>
        <translation>Ο χρήστης {user} προστέθηκε ως {role}.</translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation>Ο χρήστης {user} είναι τώρα {role}.</translation>
    </message>
    <message>
        <source>{user} has a new password (and is no longer locked out).</source>
        <translation>Ο χρήστης {user} έχει νέο κωδικό (και δεν είναι πλέον κλειδωμένος).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>translate(&quot;errors&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Κάτι πήγε στραβά: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Δεν έγινε</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Κάτι πήγε στραβά</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>
  ... and {n} more</source>
        <translation>
  ... και {n} ακόμη</translation>
    </message>
    <message>
        <source>
... and {n} more.</source>
        <translation>
... και {n} ακόμη.</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> στις {day}</translation>
    </message>
    <message>
        <source> per household member ({limit} for {size})</source>
        <translation> για κάθε μέλος του νοικοκυριού ({limit} για νοικοκυριό μεγέθους {size})</translation>
    </message>
    <message>
        <source>&apos;hsp-desk sites&apos; lists the sites; their codes start with it.</source>
        <translation>Η εντολή &apos;hsp-desk sites&apos; εμφανίζει τις τοποθεσίες· οι κωδικοί τους ξεκινούν με αυτόν.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens keys&apos; lists them.</source>
        <translation>Η εντολή &apos;hsp-desk tokens keys&apos; τα εμφανίζει.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens rules&apos; lists them.</source>
        <translation>Η εντολή &apos;hsp-desk tokens rules&apos; τους εμφανίζει.</translation>
    </message>
    <message>
        <source>&apos;{band}&apos; is not an age band; use one of {bands}.</source>
        <translation>Το &apos;{band}&apos; δεν είναι ηλικιακή ομάδα· χρησιμοποιήστε μία από τις εξής: {bands}.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an item category.</source>
        <translation>Το &apos;{category}&apos; δεν είναι κατηγορία ειδών.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; cannot be a deployment code.</source>
        <translation>Το &apos;{code}&apos; δεν μπορεί να είναι κωδικός ανάπτυξης.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag.</source>
        <translation>Το &apos;{flag}&apos; δεν είναι χαρακτηριστικό νοικοκυριού.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag; use one of {flags}.</source>
        <translation>Το &apos;{flag}&apos; δεν είναι χαρακτηριστικό νοικοκυριού· χρησιμοποιήστε ένα από τα εξής: {flags}.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not an adjustment reason.</source>
        <translation>Το &apos;{given}&apos; δεν είναι αιτία διόρθωσης αποθέματος.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be imported.</source>
        <translation>Το &apos;{kind}&apos; δεν μπορεί να εισαχθεί.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of count.</source>
        <translation>Το &apos;{kind}&apos; δεν είναι τύπος καταμέτρησης.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .xlsx file name.</source>
        <translation>Το &apos;{name}&apos; δεν είναι όνομα αρχείου .pdf ούτε .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not one of {sexes} (female, male, other or not said).</source>
        <translation>Το &apos;{sex}&apos; δεν είναι ένα από τα {sexes} (γυναίκα, άνδρας, άλλο ή δεν δηλώθηκε).</translation>
    </message>
    <message>
        <source>&apos;{site_type}&apos; is not a site type.</source>
        <translation>Το &apos;{site_type}&apos; δεν είναι τύπος τοποθεσίας.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger fingerprint.</source>
        <translation>Το &apos;{text}&apos; δεν είναι αποτύπωμα βιβλίου κινήσεων.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>το &apos;{value}&apos; δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>το &apos;{value}&apos; δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>, only for a household with: {flag}</source>
        <translation>, μόνο για νοικοκυριό με: {flag}</translation>
    </message>
    <message>
        <source>A batch is 1 to {limit} cards.</source>
        <translation>Μπορείτε να δημιουργήσετε από 1 έως {limit} κάρτες τη φορά.</translation>
    </message>
    <message>
        <source>A branch name is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Το όνομα παραρτήματος έχει 1 έως 64 γράμματα, ψηφία, &apos;-&apos;, &apos;_&apos; ή &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A card code has letters and digits only, e.g. 7K3Q-M9XA-22FB-HC4D-Z. Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Ένας κωδικός κάρτας έχει μόνο γράμματα και ψηφία, π.χ. 7K3Q-M9XA-22FB-HC4D-Z. Δεν καταχωρίστηκε τίποτα. Σαρώστε ξανά τον κωδικό QR ή πληκτρολογήστε τον κωδικό που είναι τυπωμένος από κάτω.</translation>
    </message>
    <message>
        <source>A card code has {length} characters (16 and a last check character); this one has {typed}.</source>
        <translation>Ένας κωδικός κάρτας έχει {length} χαρακτήρες (16 και έναν τελευταίο χαρακτήρα ελέγχου)· αυτός έχει {typed}.</translation>
    </message>
    <message>
        <source>A coordinator can issue a new card. Nothing was recorded.</source>
        <translation>Ένας συντονιστής μπορεί να εκδώσει νέα κάρτα. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>A coordinator can undo an older one from the history.</source>
        <translation>Ένας συντονιστής μπορεί να αναιρέσει μια παλαιότερη διανομή από το ιστορικό.</translation>
    </message>
    <message>
        <source>A forecast over {days} days is not possible.</source>
        <translation>Δεν είναι δυνατή πρόβλεψη για {days} ημέρες.</translation>
    </message>
    <message>
        <source>A full count takes every item at the site.</source>
        <translation>Μια πλήρης καταμέτρηση περιλαμβάνει όλα τα είδη της τοποθεσίας.</translation>
    </message>
    <message>
        <source>A goods received note needs at least one line.</source>
        <translation>Ένα δελτίο παραλαβής χρειάζεται τουλάχιστον μία γραμμή.</translation>
    </message>
    <message>
        <source>A hand-over to a card is for one household: no head count.</source>
        <translation>Μια διανομή με κάρτα αφορά ένα νοικοκυριό: δεν δίνεται αριθμός ατόμων.</translation>
    </message>
    <message>
        <source>A hand-over without a card needs the number of people served.</source>
        <translation>Μια διανομή χωρίς κάρτα χρειάζεται τον αριθμό των ατόμων που εξυπηρετήθηκαν.</translation>
    </message>
    <message>
        <source>A handover needs the incoming coordinator&apos;s name.</source>
        <translation>Η παράδοση βάρδιας χρειάζεται το όνομα του εισερχόμενου συντονιστή.</translation>
    </message>
    <message>
        <source>A handover needs the outgoing coordinator&apos;s name.</source>
        <translation>Η παράδοση βάρδιας χρειάζεται το όνομα του απερχόμενου συντονιστή.</translation>
    </message>
    <message>
        <source>A handover report is saved as .pdf or .xlsx, not &apos;{given}&apos;.</source>
        <translation>Η αναφορά παράδοσης αποθηκεύεται ως .pdf ή .xlsx, όχι ως &apos;{given}&apos;.</translation>
    </message>
    <message>
        <source>A household size is 1 to {most}.</source>
        <translation>Το μέγεθος νοικοκυριού είναι από 1 έως {most}.</translation>
    </message>
    <message>
        <source>A partial count needs the items to count.</source>
        <translation>Μια μερική καταμέτρηση χρειάζεται τα είδη προς μέτρηση.</translation>
    </message>
    <message>
        <source>A passphrase for the branch key needs at least {min} characters.</source>
        <translation>Η φράση πρόσβασης για το κλειδί παραρτήματος χρειάζεται τουλάχιστον {min} χαρακτήρες.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Ο κωδικός πρόσβασης χρειάζεται τουλάχιστον {min} χαρακτήρες.</translation>
    </message>
    <message>
        <source>A quantity must be a whole number.</source>
        <translation>Η ποσότητα πρέπει να είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>A quantity of 0 records nothing.</source>
        <translation>Με ποσότητα 0 δεν καταχωρίζεται τίποτα.</translation>
    </message>
    <message>
        <source>A quantity to issue must be above 0.</source>
        <translation>Η ποσότητα που βγαίνει από το απόθεμα πρέπει να είναι μεγαλύτερη από 0.</translation>
    </message>
    <message>
        <source>A reorder level cannot be below 0.</source>
        <translation>Το όριο αναπαραγγελίας δεν μπορεί να είναι κάτω από 0.</translation>
    </message>
    <message>
        <source>A reorder level must be a whole number of 0 or more, not {level!r}.</source>
        <translation>Το όριο αναπαραγγελίας πρέπει να είναι ακέραιος αριθμός 0 ή μεγαλύτερος, όχι {level!r}.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>Η αντιστροφή μιας κίνησης χρειάζεται αιτία.</translation>
    </message>
    <message>
        <source>A rule needs a quantity above 0 and a period of 1 to 3660 days.</source>
        <translation>Ένας κανόνας χρειάζεται ποσότητα μεγαλύτερη από 0 και περίοδο από 1 έως 3660 ημέρες.</translation>
    </message>
    <message>
        <source>A site with the code {code} exists already.</source>
        <translation>Υπάρχει ήδη τοποθεσία με τον κωδικό {code}.</translation>
    </message>
    <message>
        <source>A stock card is for one item.</source>
        <translation>Η καρτέλα αποθέματος αφορά ένα είδος.</translation>
    </message>
    <message>
        <source>A stock card is for one site, or for all sites together.</source>
        <translation>Η καρτέλα αποθέματος αφορά μία τοποθεσία ή όλες τις τοποθεσίες μαζί.</translation>
    </message>
    <message>
        <source>A transfer must go to another site.</source>
        <translation>Μια μεταφορά πρέπει να πηγαίνει σε άλλη τοποθεσία.</translation>
    </message>
    <message>
        <source>A waybill needs at least one line.</source>
        <translation>Ένα δελτίο αποστολής χρειάζεται τουλάχιστον μία γραμμή.</translation>
    </message>
    <message>
        <source>A {kind} can only add to stock.</source>
        <translation>Μια κίνηση «{kind}» μπορεί μόνο να προσθέτει στο απόθεμα.</translation>
    </message>
    <message>
        <source>A {kind} can only take from stock.</source>
        <translation>Μια κίνηση «{kind}» μπορεί μόνο να αφαιρεί από το απόθεμα.</translation>
    </message>
    <message>
        <source>Add more sites in Admin instead.</source>
        <translation>Προσθέστε περισσότερες τοποθεσίες από τη Διαχείριση.</translation>
    </message>
    <message>
        <source>Add the donor to the catalogue first, or leave the donor empty.</source>
        <translation>Προσθέστε πρώτα τον δωρητή στον κατάλογο ή αφήστε κενό το πεδίο του δωρητή.</translation>
    </message>
    <message>
        <source>Add the items received.</source>
        <translation>Προσθέστε τα είδη που παραλήφθηκαν.</translation>
    </message>
    <message>
        <source>Add the items sent.</source>
        <translation>Προσθέστε τα είδη που στάλθηκαν.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (damaged, expired, lost, stolen, found or correction).</source>
        <translation>Μια διόρθωση αποθέματος χρειάζεται αιτία (κατεστραμμένο, ληγμένο, χαμένο, κλεμμένο, βρέθηκε ή διόρθωση).</translation>
    </message>
    <message>
        <source>An adjustment of 0 changes nothing.</source>
        <translation>Μια διόρθωση κατά 0 δεν αλλάζει τίποτα.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>Ένα είδος χρειάζεται κωδικό και όνομα.</translation>
    </message>
    <message>
        <source>An item with the code {code} exists already.</source>
        <translation>Υπάρχει ήδη είδος με τον κωδικό {code}.</translation>
    </message>
    <message>
        <source>An override reason is at most {limit} characters.</source>
        <translation>Η αιτιολόγηση παράκαμψης έχει το πολύ {limit} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Another laptop was changing the same stock at the same moment.</source>
        <translation>Ένας άλλος φορητός άλλαζε το ίδιο απόθεμα την ίδια στιγμή.</translation>
    </message>
    <message>
        <source>Approve or cancel that count first.</source>
        <translation>Εγκρίνετε ή ακυρώστε πρώτα εκείνη την καταμέτρηση.</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s new card. Nothing was recorded.</source>
        <translation>Ζητήστε τη νέα κάρτα του ατόμου. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the pg_dump schedule.</source>
        <translation>Ρωτήστε τον διαχειριστή του διακομιστή για το πρόγραμμα του pg_dump.</translation>
    </message>
    <message>
        <source>Ask your branch manager.</source>
        <translation>Απευθυνθείτε στον διευθυντή του παραρτήματός σας.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed} and {more} more.</source>
        <translation>Το πακέτο {seq} του {device} αφαιρεί περισσότερο απόθεμα από όσο υπάρχει σε αυτή τη βάση δεδομένων: {listed} και {more} ακόμη.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed}.</source>
        <translation>Το πακέτο {seq} του {device} αφαιρεί περισσότερο απόθεμα από όσο υπάρχει σε αυτή τη βάση δεδομένων: {listed}.</translation>
    </message>
    <message>
        <source>Cancelling a count needs a reason.</source>
        <translation>Η ακύρωση καταμέτρησης χρειάζεται αιτία.</translation>
    </message>
    <message>
        <source>Check both and try again; after 5 wrong passwords the account is locked for 5 minutes.</source>
        <translation>Ελέγξτε και τα δύο και δοκιμάστε ξανά· μετά από 5 λανθασμένους κωδικούς ο λογαριασμός κλειδώνει για 5 λεπτά.</translation>
    </message>
    <message>
        <source>Check that both laptops run the same HSP Desk version. Nothing was imported.</source>
        <translation>Ελέγξτε ότι και οι δύο φορητοί έχουν την ίδια έκδοση του HSP Desk. Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Check that you chose the .hspsync file written by &apos;bundle export&apos;. Nothing was imported.</source>
        <translation>Ελέγξτε ότι επιλέξατε το αρχείο .hspsync που γράφτηκε με το &apos;bundle export&apos;. Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Check the code against the card and type it again, or scan the QR code. Nothing was recorded.</source>
        <translation>Συγκρίνετε τον κωδικό με την κάρτα και πληκτρολογήστε τον ξανά ή σαρώστε τον κωδικό QR. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Check the code on the card, e.g. 7K3Q-M9XA-22FB-HC4D-Z, and type it again. Nothing was recorded.</source>
        <translation>Ελέγξτε τον κωδικό στην κάρτα, π.χ. 7K3Q-M9XA-22FB-HC4D-Z, και πληκτρολογήστε τον ξανά. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk items&apos; lists the catalogue.</source>
        <translation>Ελέγξτε τον κωδικό· η εντολή &apos;hsp-desk items&apos; εμφανίζει τον κατάλογο.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk sites&apos; lists them.</source>
        <translation>Ελέγξτε τον κωδικό· η εντολή &apos;hsp-desk sites&apos; εμφανίζει τις τοποθεσίες.</translation>
    </message>
    <message>
        <source>Check the count number.</source>
        <translation>Ελέγξτε τον αριθμό της καταμέτρησης.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Ελέγξτε το όνομα του αρχείου και τον φάκελο.</translation>
    </message>
    <message>
        <source>Check the id.</source>
        <translation>Ελέγξτε το αναγνωριστικό.</translation>
    </message>
    <message>
        <source>Check the item code.</source>
        <translation>Ελέγξτε τον κωδικό του είδους.</translation>
    </message>
    <message>
        <source>Check the lot number and the date on the box.</source>
        <translation>Ελέγξτε τον αριθμό παρτίδας και την ημερομηνία στο κουτί.</translation>
    </message>
    <message>
        <source>Check the lot number on the box.</source>
        <translation>Ελέγξτε τον αριθμό παρτίδας στο κουτί.</translation>
    </message>
    <message>
        <source>Check the lot number on the box; goods of a new lot are received on a GRN.</source>
        <translation>Ελέγξτε τον αριθμό παρτίδας στο κουτί· τα αγαθά νέας παρτίδας παραλαμβάνονται με δελτίο παραλαβής.</translation>
    </message>
    <message>
        <source>Check the movement id.</source>
        <translation>Ελέγξτε το αναγνωριστικό της κίνησης.</translation>
    </message>
    <message>
        <source>Check the name of the backup file.</source>
        <translation>Ελέγξτε το όνομα του αρχείου αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>Check the number on the load sheet.</source>
        <translation>Ελέγξτε τον αριθμό στο φύλλο φόρτωσης.</translation>
    </message>
    <message>
        <source>Check the number on the paper.</source>
        <translation>Ελέγξτε τον αριθμό στο έντυπο.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Ελέγξτε τη διαδρομή του αρχείου.</translation>
    </message>
    <message>
        <source>Check the quantity&apos;s sign.</source>
        <translation>Ελέγξτε το πρόσημο της ποσότητας.</translation>
    </message>
    <message>
        <source>Check the shift&apos;s start time.</source>
        <translation>Ελέγξτε την ώρα έναρξης της βάρδιας.</translation>
    </message>
    <message>
        <source>Check the times.</source>
        <translation>Ελέγξτε τις ώρες.</translation>
    </message>
    <message>
        <source>Choose a file made by hsp-desk backup.</source>
        <translation>Επιλέξτε ένα αρχείο που δημιουργήθηκε με το hsp-desk backup.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .xlsx.</source>
        <translation>Επιλέξτε όνομα αρχείου που τελειώνει σε .pdf ή .xlsx.</translation>
    </message>
    <message>
        <source>Choose a longer one (a few words). Nothing was written.</source>
        <translation>Επιλέξτε μια μεγαλύτερη (μερικές λέξεις). Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Choose a longer one; a short sentence is easy to remember.</source>
        <translation>Επιλέξτε έναν μεγαλύτερο· μια σύντομη φράση θυμάται κανείς εύκολα.</translation>
    </message>
    <message>
        <source>Choose a lot from the list.</source>
        <translation>Επιλέξτε μια παρτίδα από τη λίστα.</translation>
    </message>
    <message>
        <source>Choose a lot of the same item.</source>
        <translation>Επιλέξτε μια παρτίδα του ίδιου είδους.</translation>
    </message>
    <message>
        <source>Choose a new file name.</source>
        <translation>Επιλέξτε νέο όνομα αρχείου.</translation>
    </message>
    <message>
        <source>Choose a reason that fits, &apos;counting error&apos; or &apos;other&apos; with a note.</source>
        <translation>Επιλέξτε μια αιτία που ταιριάζει, &apos;counting error&apos; (λάθος μέτρησης) ή &apos;other&apos; (άλλο) με σημείωση.</translation>
    </message>
    <message>
        <source>Choose a shorter period or fewer sites.</source>
        <translation>Επιλέξτε μικρότερη περίοδο ή λιγότερες τοποθεσίες.</translation>
    </message>
    <message>
        <source>Choose a site from the list.</source>
        <translation>Επιλέξτε μια τοποθεσία από τη λίστα.</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue.</source>
        <translation>Επιλέξτε ένα είδος από τον κατάλογο.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <translation>Επιλέξτε ένα παλαιότερο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Choose another code.</source>
        <translation>Επιλέξτε άλλον κωδικό.</translation>
    </message>
    <message>
        <source>Choose another number of cards.</source>
        <translation>Επιλέξτε άλλον αριθμό καρτών.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Επιλέξτε άλλο όνομα χρήστη.</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Επιλέξτε τουλάχιστον ένα είδος.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Επιλέξτε έναν από τη λίστα.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <translation>Επιλέξτε ένα από τα εξής: {kinds}.</translation>
    </message>
    <message>
        <source>Choose one of: {languages}.</source>
        <translation>Επιλέξτε ένα από τα εξής: {languages}.</translation>
    </message>
    <message>
        <source>Choose one of: {reports}.</source>
        <translation>Επιλέξτε ένα από τα εξής: {reports}.</translation>
    </message>
    <message>
        <source>Choose one of: {roles}.</source>
        <translation>Επιλέξτε ένα από τα εξής: {roles}.</translation>
    </message>
    <message>
        <source>Choose the file written by &apos;bundle key export&apos;. Nothing was changed.</source>
        <translation>Επιλέξτε το αρχείο που γράφτηκε με το &apos;bundle key export&apos;. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Choose the reason and record it again.</source>
        <translation>Επιλέξτε την αιτία και καταχωρίστε ξανά.</translation>
    </message>
    <message>
        <source>Choose the receiving site.</source>
        <translation>Επιλέξτε την τοποθεσία παραλαβής.</translation>
    </message>
    <message>
        <source>Close HSP Desk on this laptop (every window), then try again.</source>
        <translation>Κλείστε το HSP Desk σε αυτόν τον φορητό (όλα τα παράθυρα) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Compare each character with the card and type it again. Nothing was recorded.</source>
        <translation>Συγκρίνετε κάθε χαρακτήρα με την κάρτα και πληκτρολογήστε τον κωδικό ξανά. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Correct its components.</source>
        <translation>Διορθώστε τα περιεχόμενά του.</translation>
    </message>
    <message>
        <source>Correct the kit&apos;s components.</source>
        <translation>Διορθώστε τα περιεχόμενα του κιτ.</translation>
    </message>
    <message>
        <source>Correct the line and record the note again.</source>
        <translation>Διορθώστε τη γραμμή και καταχωρίστε ξανά το δελτίο.</translation>
    </message>
    <message>
        <source>Correct these rows in the workbook and import it again.</source>
        <translation>Διορθώστε αυτές τις γραμμές στο βιβλίο εργασίας και εισαγάγετέ το ξανά.</translation>
    </message>
    <message>
        <source>Count every item that was loaded or is on board (0 if none is left). Nothing was recorded.</source>
        <translation>Μετρήστε κάθε είδος που φορτώθηκε ή βρίσκεται στο όχημα (0 αν δεν έμεινε τίποτα). Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Count them (enter 0 for an empty shelf), or start a partial count instead.</source>
        <translation>Μετρήστε αυτές τις γραμμές (δώστε 0 για άδειο ράφι) ή ξεκινήστε μερική καταμέτρηση.</translation>
    </message>
    <message>
        <source>Count {number} cannot be approved yet:
  - {problems}</source>
        <translation>Η καταμέτρηση {number} δεν μπορεί να εγκριθεί ακόμη:
  - {problems}</translation>
    </message>
    <message>
        <source>Count {number} is {status}.</source>
        <translation>Η καταμέτρηση {number} έχει κατάσταση «{status}».</translation>
    </message>
    <message>
        <source>Count {number}: the correction of {item} would take {requested} away, but only {on_hand} are on hand now at {site} (stock left after the line was counted).</source>
        <translation>Καταμέτρηση {number}: η διόρθωση για το είδος {item} θα αφαιρούσε {requested}, αλλά στο {site} υπάρχουν τώρα διαθέσιμα μόνο {on_hand} (το απόθεμα που έμεινε αφού μετρήθηκε η γραμμή).</translation>
    </message>
    <message>
        <source>Create one with &apos;hsp-desk bundle key create --branch NAME&apos;.</source>
        <translation>Δημιουργήστε ένα με &apos;hsp-desk bundle key create --branch NAME&apos;.</translation>
    </message>
    <message>
        <source>Define its components in the catalogue first.</source>
        <translation>Ορίστε πρώτα τα περιεχόμενά του στον κατάλογο.</translation>
    </message>
    <message>
        <source>Distribution {id} does not exist.</source>
        <translation>Η διανομή {id} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Do not hand anything over on it; nothing was recorded. If the card looks genuine, scan it again or type the code printed under the QR code.</source>
        <translation>Μη δώσετε τίποτα με αυτή την κάρτα· δεν καταχωρίστηκε τίποτα. Αν η κάρτα φαίνεται γνήσια, σαρώστε την ξανά ή πληκτρολογήστε τον κωδικό που είναι τυπωμένος κάτω από τον κωδικό QR.</translation>
    </message>
    <message>
        <source>Do not rename or delete the columns of the exported workbook.</source>
        <translation>Μη μετονομάζετε και μη διαγράφετε τις στήλες του βιβλίου εργασίας που εξήχθη.</translation>
    </message>
    <message>
        <source>E.g. the branch&apos;s site code, MNE-PODGORICA. Nothing was written.</source>
        <translation>Π.χ. τον κωδικό τοποθεσίας του παραρτήματος, MNE-PODGORICA. Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>End the output file name with .pdf or .xlsx.</source>
        <translation>Το όνομα του αρχείου εξόδου πρέπει να τελειώνει σε .pdf ή .xlsx.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Δώστε 0 ή περισσότερο.</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>Δώστε έναν αριθμό από {minimum} έως {maximum}.</translation>
    </message>
    <message>
        <source>Enter a number in that range.</source>
        <translation>Δώστε έναν αριθμό μέσα σε αυτό το εύρος.</translation>
    </message>
    <message>
        <source>Enter a positive quantity.</source>
        <translation>Δώστε θετική ποσότητα.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Δώστε ποσότητα μεγαλύτερη από 0.</translation>
    </message>
    <message>
        <source>Enter a quantity between 0 and what was sent; extra goods go on a GRN.</source>
        <translation>Δώστε ποσότητα από 0 έως όσο στάλθηκε· τα επιπλέον αγαθά καταχωρίζονται σε δελτίο παραλαβής.</translation>
    </message>
    <message>
        <source>Enter at least one line.</source>
        <translation>Δώστε τουλάχιστον μία γραμμή.</translation>
    </message>
    <message>
        <source>Enter each line once (add the figures up first).</source>
        <translation>Δώστε κάθε γραμμή μία φορά (αθροίστε πρώτα τις ποσότητες).</translation>
    </message>
    <message>
        <source>Enter how many kits.</source>
        <translation>Δώστε πόσα κιτ.</translation>
    </message>
    <message>
        <source>Enter it in the item&apos;s unit.</source>
        <translation>Δώστε την στη μονάδα του είδους.</translation>
    </message>
    <message>
        <source>Enter it in {unit}s.</source>
        <translation>Δώστε το σε μονάδες «{unit}».</translation>
    </message>
    <message>
        <source>Enter it.</source>
        <translation>Συμπληρώστε το.</translation>
    </message>
    <message>
        <source>Enter the counted figures first.</source>
        <translation>Δώστε πρώτα τις μετρημένες ποσότητες.</translation>
    </message>
    <message>
        <source>Enter the name of the person taking over.</source>
        <translation>Δώστε το όνομα του ατόμου που αναλαμβάνει.</translation>
    </message>
    <message>
        <source>Enter the number of units counted.</source>
        <translation>Δώστε τον αριθμό των μονάδων που μετρήθηκαν.</translation>
    </message>
    <message>
        <source>Enter the quantity to add or remove.</source>
        <translation>Δώστε την ποσότητα που προστίθεται ή αφαιρείται.</translation>
    </message>
    <message>
        <source>Enter what is on the shelf.</source>
        <translation>Δώστε ό,τι υπάρχει στο ράφι.</translation>
    </message>
    <message>
        <source>Export the count workbook again and fill that in.</source>
        <translation>Εξαγάγετε ξανά το βιβλίο εργασίας της καταμέτρησης και συμπληρώστε αυτό.</translation>
    </message>
    <message>
        <source>Fill in both.</source>
        <translation>Συμπληρώστε και τα δύο.</translation>
    </message>
    <message>
        <source>Fill in one row per item or per line received, then import again.</source>
        <translation>Συμπληρώστε μία γραμμή ανά είδος ή ανά γραμμή παραλαβής και εισαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Fill in the &apos;Counted&apos; column first.</source>
        <translation>Συμπληρώστε πρώτα τη στήλη &apos;Counted&apos; (μετρήθηκαν).</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Συμπληρώστε το.</translation>
    </message>
    <message>
        <source>For example MNE-ROZAJE.</source>
        <translation>Για παράδειγμα MNE-ROZAJE.</translation>
    </message>
    <message>
        <source>Full count {number}: {uncounted} line(s) are not counted yet.</source>
        <translation>Πλήρης καταμέτρηση {number}: γραμμές που δεν έχουν μετρηθεί ακόμη: {uncounted}.</translation>
    </message>
    <message>
        <source>Give a fitting reason for each variance (or recount), then approve again. Nothing was recorded.</source>
        <translation>Δώστε μια κατάλληλη αιτία για κάθε απόκλιση (ή μετρήστε ξανά) και εγκρίνετε ξανά. Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Give a number of days (the setting&apos;s default is {default}).</source>
        <translation>Δώστε έναν αριθμό ημερών (η προεπιλογή της ρύθμισης είναι {default}).</translation>
    </message>
    <message>
        <source>Give its number (--number), e.g. GRN-MNE-WH-2026-0001.</source>
        <translation>Δώστε τον αριθμό του (--number), π.χ. GRN-MNE-WH-2026-0001.</translation>
    </message>
    <message>
        <source>Give one of: {allowed}; then approve again.</source>
        <translation>Δώστε μία από τις αιτίες: {allowed}· στη συνέχεια εγκρίνετε ξανά.</translation>
    </message>
    <message>
        <source>Give one site, or none for all sites.</source>
        <translation>Δώστε μία τοποθεσία ή καμία για όλες τις τοποθεσίες.</translation>
    </message>
    <message>
        <source>Give the deployment code, e.g. the National Society&apos;s code.</source>
        <translation>Δώστε τον κωδικό ανάπτυξης, π.χ. τον κωδικό του Εθνικού Συλλόγου.</translation>
    </message>
    <message>
        <source>Give the item code (--item).</source>
        <translation>Δώστε τον κωδικό του είδους (--item).</translation>
    </message>
    <message>
        <source>Give the lot number of each figure.</source>
        <translation>Δώστε τον αριθμό παρτίδας για κάθε ποσότητα.</translation>
    </message>
    <message>
        <source>Give the lot number on the box; a lot never received here goes on a GRN.</source>
        <translation>Δώστε τον αριθμό παρτίδας από το κουτί· μια παρτίδα που δεν παραλήφθηκε ποτέ εδώ καταχωρίζεται σε δελτίο παραλαβής.</translation>
    </message>
    <message>
        <source>Give the lot number with the reason.</source>
        <translation>Δώστε τον αριθμό παρτίδας μαζί με την αιτία.</translation>
    </message>
    <message>
        <source>HSP Desk has no translation called {text!r}.</source>
        <translation>Το HSP Desk δεν έχει μετάφραση με το όνομα {text!r}.</translation>
    </message>
    <message>
        <source>HSP Desk may not write the file.</source>
        <translation>Το HSP Desk δεν έχει δικαίωμα να γράψει το αρχείο.</translation>
    </message>
    <message>
        <source>HSP Desk may not write {file}.</source>
        <translation>Το HSP Desk δεν έχει δικαίωμα να γράψει το {file}.</translation>
    </message>
    <message>
        <source>Handover {number} is closed already.</source>
        <translation>Η παράδοση βάρδιας {number} έχει ήδη κλείσει.</translation>
    </message>
    <message>
        <source>Import the branch&apos;s key file (&apos;hsp-desk bundle key import FILE&apos;), or create the branch&apos;s first key (&apos;hsp-desk bundle key create --branch NAME&apos;). No bundle was written.</source>
        <translation>Εισαγάγετε το αρχείο κλειδιού του παραρτήματος (&apos;hsp-desk bundle key import FILE&apos;) ή δημιουργήστε το πρώτο κλειδί του παραρτήματος (&apos;hsp-desk bundle key create --branch NAME&apos;). Δεν γράφτηκε κανένα πακέτο.</translation>
    </message>
    <message>
        <source>It can be received only once.</source>
        <translation>Μπορεί να παραληφθεί μόνο μία φορά.</translation>
    </message>
    <message>
        <source>It cannot be used here, and nothing was recorded. A coordinator can issue a card of this desk.</source>
        <translation>Δεν μπορεί να χρησιμοποιηθεί εδώ και δεν καταχωρίστηκε τίποτα. Ένας συντονιστής μπορεί να εκδώσει κάρτα αυτής της εγκατάστασης.</translation>
    </message>
    <message>
        <source>Item {id} does not exist.</source>
        <translation>Το είδος {id} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Its reversal is {reversal}.</source>
        <translation>Η αντιστροφή της είναι η κίνηση {reversal}.</translation>
    </message>
    <message>
        <source>Keep it on this laptop&apos;s own disk, or ask the branch for a shared PostgreSQL server.</source>
        <translation>Κρατήστε τη στον δίσκο αυτού του φορητού ή ζητήστε από το παράρτημα έναν κοινόχρηστο διακομιστή PostgreSQL.</translation>
    </message>
    <message>
        <source>Kit {kit} cannot contain itself.</source>
        <translation>Το κιτ {kit} δεν μπορεί να περιέχει τον εαυτό του.</translation>
    </message>
    <message>
        <source>Kit {kit}: component {code} needs a quantity above 0.</source>
        <translation>Κιτ {kit}: το περιεχόμενο {code} χρειάζεται ποσότητα μεγαλύτερη από 0.</translation>
    </message>
    <message>
        <source>Known settings: {known}.</source>
        <translation>Γνωστές ρυθμίσεις: {known}.</translation>
    </message>
    <message>
        <source>Leave the head count empty, or hand over without a card.</source>
        <translation>Αφήστε κενό τον αριθμό ατόμων ή κάντε διανομή χωρίς κάρτα.</translation>
    </message>
    <message>
        <source>Leave the items out, or make it a partial count.</source>
        <translation>Μη δώσετε είδη ή κάντε τη μερική καταμέτρηση.</translation>
    </message>
    <message>
        <source>Load a vehicle only for a mobile site; use a transfer for fixed sites.</source>
        <translation>Φορτώστε όχημα μόνο για κινητή τοποθεσία· για σταθερές τοποθεσίες χρησιμοποιήστε μεταφορά.</translation>
    </message>
    <message>
        <source>Look at its reconciliation.</source>
        <translation>Δείτε τη συμφωνία αποθέματος του δρομολογίου.</translation>
    </message>
    <message>
        <source>Lot {id} does not exist.</source>
        <translation>Η παρτίδα {id} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Lot {lot} of {item} was received before with expiry {before}, not {expiry}.</source>
        <translation>Η παρτίδα {lot} του είδους {item} παραλήφθηκε στο παρελθόν με λήξη {before}, όχι {expiry}.</translation>
    </message>
    <message>
        <source>Make another user branch manager first.</source>
        <translation>Ορίστε πρώτα άλλον χρήστη ως διευθυντή παραρτήματος.</translation>
    </message>
    <message>
        <source>Move it out of that folder (the default location is safe), or set HSP_DESK_DATA_DIR to a local folder.</source>
        <translation>Μετακινήστε τη έξω από αυτόν τον φάκελο (η προεπιλεγμένη θέση είναι ασφαλής) ή ορίστε το HSP_DESK_DATA_DIR σε έναν τοπικό φάκελο.</translation>
    </message>
    <message>
        <source>Movement {id} does not exist.</source>
        <translation>Η κίνηση {id} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Name at least one item.</source>
        <translation>Δώστε τουλάχιστον ένα είδος.</translation>
    </message>
    <message>
        <source>National Society code</source>
        <translation>κωδικός Εθνικού Συλλόγου</translation>
    </message>
    <message>
        <source>National Society name</source>
        <translation>όνομα Εθνικού Συλλόγου</translation>
    </message>
    <message>
        <source>No counted figures were given.</source>
        <translation>Δεν δόθηκαν μετρημένες ποσότητες.</translation>
    </message>
    <message>
        <source>No good backup was found. Ask your logistics officer for help before starting again with an empty database.</source>
        <translation>Δεν βρέθηκε έγκυρο αντίγραφο ασφαλείας. Ζητήστε βοήθεια από τον υπεύθυνο εφοδιαστικής πριν ξεκινήσετε ξανά με κενή βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Not enough {item} at {site}: {requested}{unit} asked for, {on_hand}{unit} on hand.</source>
        <translation>Ανεπαρκές απόθεμα {item} στο {site}: ζητήθηκαν {requested}{unit}, διαθέσιμα {on_hand}{unit}.</translation>
    </message>
    <message>
        <source>Not given. {why}</source>
        <translation>Δεν δόθηκε. {why}</translation>
    </message>
    <message>
        <source>Nothing has been counted on {number}.</source>
        <translation>Δεν έχει μετρηθεί τίποτα στην καταμέτρηση {number}.</translation>
    </message>
    <message>
        <source>Nothing to hand over: no item was chosen.</source>
        <translation>Τίποτα προς διανομή: δεν επιλέχθηκε κανένα είδος.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Δεν υπάρχει τίποτα για αναίρεση.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your branch for the right key file.</source>
        <translation>Δεν άλλαξε τίποτα. Ζητήστε από το παράρτημά σας το σωστό αρχείο κλειδιού.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again.</source>
        <translation>Δεν άλλαξε τίποτα. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Nothing was imported. Ask for a fresh copy of the bundle from the laptop that wrote it.</source>
        <translation>Δεν εισήχθη τίποτα. Ζητήστε νέο αντίγραφο του πακέτου από τον φορητό που το έγραψε.</translation>
    </message>
    <message>
        <source>Nothing was imported. Cards must be signed with keys shared through the branch: import the branch&apos;s bundle on every laptop before issuing cards.</source>
        <translation>Δεν εισήχθη τίποτα. Οι κάρτες πρέπει να υπογράφονται με κλειδιά που μοιράζονται μέσω του παραρτήματος: εισαγάγετε το πακέτο του παραρτήματος σε κάθε φορητό πριν εκδώσετε κάρτες.</translation>
    </message>
    <message>
        <source>Nothing was imported. If it is your branch&apos;s, import the branch key first (&apos;hsp-desk bundle key import FILE&apos;).</source>
        <translation>Δεν εισήχθη τίποτα. Αν είναι του παραρτήματός σας, εισαγάγετε πρώτα το κλειδί του παραρτήματος (&apos;hsp-desk bundle key import FILE&apos;).</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the branch&apos;s bundle first, then this one again; if it still fails, send this message to your branch ({error}).</source>
        <translation>Δεν εισήχθη τίποτα. Εισαγάγετε πρώτα το πακέτο του παραρτήματος και μετά ξανά αυτό· αν αποτύχει πάλι, στείλτε αυτό το μήνυμα στο παράρτημά σας ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported. Record here what is missing first (the receipt, the transfer in, or a &apos;found&apos; adjustment at that site), or import the bundle that brings that stock, then import this bundle again.</source>
        <translation>Δεν εισήχθη τίποτα. Καταχωρίστε πρώτα εδώ ό,τι λείπει (την παραλαβή, την εισερχόμενη μεταφορά ή μια διόρθωση «Βρέθηκε» σε εκείνη την τοποθεσία) ή εισαγάγετε το πακέτο που φέρνει αυτό το απόθεμα και μετά εισαγάγετε ξανά αυτό το πακέτο.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Δεν καταχωρίστηκε τίποτα.</translation>
    </message>
    <message>
        <source>Nothing was recorded. A coordinator can issue the person a new card.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ένας συντονιστής μπορεί να εκδώσει νέα κάρτα για το άτομο.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask a coordinator or your branch manager to do it, or to change your role.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ζητήστε από έναν συντονιστή ή από τον διευθυντή του παραρτήματός σας να το κάνει ή να αλλάξει τον ρόλο σας.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask the coordinator on shift to approve it.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ζητήστε από τον συντονιστή της βάρδιας να την εγκρίνει.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask your logistics officer to check the folder where the database is kept, then start HSP Desk again.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ζητήστε από τον υπεύθυνο εφοδιαστικής να ελέγξει τον φάκελο όπου βρίσκεται η βάση δεδομένων και ξεκινήστε ξανά το HSP Desk.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check that the disk or USB stick that holds it is still connected, then start HSP Desk again. If it happens again, the disk may be failing: restore the newest backup on another disk (Admin, Backup and restore).</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ελέγξτε ότι ο δίσκος ή το USB stick όπου βρίσκεται είναι ακόμη συνδεδεμένο και ξεκινήστε ξανά το HSP Desk. Αν συμβεί ξανά, ο δίσκος ίσως χαλάει: επαναφέρετε το νεότερο αντίγραφο ασφαλείας σε άλλον δίσκο (Διαχείριση, Αντίγραφα ασφαλείας και επαναφορά).</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the quantity.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Διορθώστε την ποσότητα.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Give less, or a coordinator may override with a reason.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Δώστε λιγότερα ή ένας συντονιστής μπορεί να παρακάμψει τον κανόνα με αιτιολόγηση.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Lower the quantity, or record the delivery that is missing first.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Μειώστε την ποσότητα ή καταχωρίστε πρώτα την παράδοση που λείπει.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Reopen the count and count that item again, then approve.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ανοίξτε ξανά την καταμέτρηση, μετρήστε ξανά αυτό το είδος και μετά εγκρίνετε.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Σαρώστε ξανά τον κωδικό QR ή πληκτρολογήστε τον κωδικό που είναι τυπωμένος από κάτω.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Update HSP Desk on this laptop, or type the code printed under the QR code.</source>
        <translation>Δεν καταχωρίστηκε τίποτα. Ενημερώστε το HSP Desk σε αυτόν τον φορητό ή πληκτρολογήστε τον κωδικό που είναι τυπωμένος κάτω από τον κωδικό QR.</translation>
    </message>
    <message>
        <source>Nothing was recorded; what was recorded before is safe. Free some space on that disk (empty the recycle bin, move old reports or backups to a USB stick), then record it again.</source>
        <translation>Δεν καταχωρίστηκε τίποτα· ό,τι καταχωρίστηκε πριν είναι ασφαλές. Ελευθερώστε χώρο σε αυτόν τον δίσκο (αδειάστε τον κάδο ανακύκλωσης, μεταφέρετε παλιές αναφορές ή αντίγραφα ασφαλείας σε USB stick) και καταχωρίστε ξανά.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder, such as Documents, or unlock the USB stick, then try again.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα. Επιλέξτε άλλον φάκελο, π.χ. τα Έγγραφα, ή ξεκλειδώστε το USB stick και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Nothing was saved. Free some space (empty the recycle bin, move old reports or backups to a USB stick), then try again.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα. Ελευθερώστε χώρο (αδειάστε τον κάδο ανακύκλωσης, μεταφέρετε παλιές αναφορές ή αντίγραφα ασφαλείας σε USB stick) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Nothing was saved. If the file is open in another program (Excel, a PDF reader), close it; or choose another folder, such as Documents. Then try again.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα. Αν το αρχείο είναι ανοιχτό σε άλλο πρόγραμμα (Excel, πρόγραμμα ανάγνωσης PDF), κλείστε το· ή επιλέξτε άλλον φάκελο, π.χ. τα Έγγραφα. Μετά δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>Δεν σαρώθηκε ούτε πληκτρολογήθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Only a count that is {states} can do this.</source>
        <translation>Αυτό επιτρέπεται μόνο για καταμέτρηση με κατάσταση {states}.</translation>
    </message>
    <message>
        <source>Put the {kind} in a sheet named &apos;{wanted}&apos; under a header row.</source>
        <translation>Βάλτε τα δεδομένα ({kind}) σε ένα φύλλο με όνομα &apos;{wanted}&apos;, κάτω από μια γραμμή επικεφαλίδων.</translation>
    </message>
    <message>
        <source>Read the date on the box and enter it.</source>
        <translation>Διαβάστε την ημερομηνία στο κουτί και καταχωρίστε την.</translation>
    </message>
    <message>
        <source>Record goods that came without a waybill as a receipt (GRN).</source>
        <translation>Καταχωρίστε τα αγαθά που ήρθαν χωρίς δελτίο αποστολής ως παραλαβή (δελτίο παραλαβής).</translation>
    </message>
    <message>
        <source>Record that trip&apos;s return first.</source>
        <translation>Καταχωρίστε πρώτα την επιστροφή εκείνου του δρομολογίου.</translation>
    </message>
    <message>
        <source>Record the hand-over again instead.</source>
        <translation>Καταχωρίστε ξανά τη διανομή.</translation>
    </message>
    <message>
        <source>Restore a backup with: hsp-desk restore FILE. To start with an empty database instead, move the backups folder away.</source>
        <translation>Επαναφέρετε ένα αντίγραφο ασφαλείας με: hsp-desk restore FILE. Για να ξεκινήσετε αντί γι&apos; αυτό με κενή βάση δεδομένων, μετακινήστε αλλού τον φάκελο των αντιγράφων ασφαλείας.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (Admin, Backup).</source>
        <translation>Επαναφέρετε το πιο πρόσφατο έγκυρο αντίγραφο ασφαλείας (Διαχείριση, Αντίγραφα ασφαλείας και επαναφορά).</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({newest}) with: hsp-desk restore --latest. To start with an empty database instead, move the backups folder away.</source>
        <translation>Επαναφέρετε το πιο πρόσφατο έγκυρο αντίγραφο ασφαλείας ({newest}) με: hsp-desk restore --latest. Για να ξεκινήσετε αντί γι&apos; αυτό με κενή βάση δεδομένων, μετακινήστε αλλού τον φάκελο των αντιγράφων ασφαλείας.</translation>
    </message>
    <message>
        <source>Run &apos;hsp-desk verify&apos;. No bundle was written.</source>
        <translation>Εκτελέστε &apos;hsp-desk verify&apos;. Δεν γράφτηκε κανένα πακέτο.</translation>
    </message>
    <message>
        <source>Save it from Excel as &apos;Excel Workbook (.xlsx)&apos;, or start from the template (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</source>
        <translation>Αποθηκεύστε το από το Excel ως &apos;Βιβλίο εργασίας του Excel (.xlsx)&apos; ή ξεκινήστε από το πρότυπο (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</translation>
    </message>
    <message>
        <source>Say briefly why the rule is set aside; never write about the person.</source>
        <translation>Γράψτε σύντομα γιατί παρακάμπτεται ο κανόνας· ποτέ μη γράφετε για το πρόσωπο.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Γράψτε τι συνέβη.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Γράψτε γιατί ακυρώνεται.</translation>
    </message>
    <message>
        <source>Say why it was wrong.</source>
        <translation>Γράψτε γιατί ήταν λάθος.</translation>
    </message>
    <message>
        <source>Say why the entry was wrong.</source>
        <translation>Γράψτε γιατί η εγγραφή ήταν λάθος.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card, or give a head count (e.g. 30 for a group).</source>
        <translation>Σαρώστε την κάρτα του ατόμου ή δώστε αριθμό ατόμων (π.χ. 30 για μια ομάδα).</translation>
    </message>
    <message>
        <source>See `hsp-desk users list`.</source>
        <translation>Δείτε `hsp-desk users list`.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has a header row but no data rows.</source>
        <translation>Το φύλλο &apos;{sheet}&apos; έχει γραμμή επικεφαλίδων αλλά καμία γραμμή δεδομένων.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; lacks the columns {columns}.</source>
        <translation>Στο φύλλο &apos;{sheet}&apos; λείπουν οι στήλες {columns}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {name} is empty.</source>
        <translation>Το φύλλο &apos;{sheet}&apos; στο {name} είναι κενό.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {message}</source>
        <translation>Φύλλο &apos;{sheet}&apos;, γραμμή {row}: {message}</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Συντομέψτε το.</translation>
    </message>
    <message>
        <source>Sign in as a branch manager and add the user.</source>
        <translation>Συνδεθείτε ως διευθυντής παραρτήματος και προσθέστε τον χρήστη.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>Η τοποθεσία {id} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Start a new handover.</source>
        <translation>Ξεκινήστε νέα παράδοση βάρδιας.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be added.</source>
        <translation>Απόθεμα με αιτία «{state}» δεν μπορεί να προστεθεί.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be removed.</source>
        <translation>Απόθεμα με αιτία «{state}» δεν μπορεί να αφαιρεθεί.</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>Αντιστρέψτε τις δύο ημερομηνίες.</translation>
    </message>
    <message>
        <source>The account {user} is disabled.</source>
        <translation>Ο λογαριασμός {user} είναι απενεργοποιημένος.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>Το αντίγραφο ασφαλείας απέτυχε στον έλεγχο ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}).</source>
        <translation>Το αντίγραφο ασφαλείας {name} είναι κατεστραμμένο ({problem}).</translation>
    </message>
    <message>
        <source>The card key {key_id} of this bundle differs from this database&apos;s key of the same name: the laptops created their card keys separately.</source>
        <translation>Το κλειδί καρτών {key_id} αυτού του πακέτου διαφέρει από το ομώνυμο κλειδί αυτής της βάσης δεδομένων: οι φορητοί δημιούργησαν τα κλειδιά καρτών τους χωριστά.</translation>
    </message>
    <message>
        <source>The code typed has a mistake: its last character does not match the others.</source>
        <translation>Ο κωδικός που πληκτρολογήθηκε έχει λάθος: ο τελευταίος χαρακτήρας του δεν ταιριάζει με τους υπόλοιπους.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ο τρέχων κωδικός πρόσβασης είναι λάθος.</translation>
    </message>
    <message>
        <source>The database cannot be written to: its file or folder is read-only.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στη βάση δεδομένων: το αρχείο ή ο φάκελός της είναι μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>The database itself may be damaged: run hsp-desk verify.</source>
        <translation>Η ίδια η βάση δεδομένων μπορεί να είναι κατεστραμμένη: εκτελέστε hsp-desk verify.</translation>
    </message>
    <message>
        <source>The database refers to {table} rows it does not hold.</source>
        <translation>Η βάση δεδομένων αναφέρεται σε γραμμές του πίνακα {table} που δεν περιέχει.</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({detail}). It was moved aside to {moved}, and nothing was deleted.</source>
        <translation>Η βάση δεδομένων {file} είναι κατεστραμμένη ({detail}). Μετακινήθηκε στην άκρη ως {moved} και δεν διαγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but earlier copies of it exist, so an empty one was not created in its place.</source>
        <translation>Η βάση δεδομένων {file} λείπει, αλλά υπάρχουν παλαιότερα αντίγραφά της, οπότε δεν δημιουργήθηκε κενή βάση στη θέση της.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), so it was not backed up.</source>
        <translation>Η βάση δεδομένων {path} είναι κατεστραμμένη ({problem}), οπότε δεν λήφθηκε αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>The database {path} is inside a cloud-sync folder, which corrupts it.</source>
        <translation>Η βάση δεδομένων {path} βρίσκεται σε φάκελο συγχρονισμού cloud, που την αλλοιώνει.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where it can be corrupted.</source>
        <translation>Η βάση δεδομένων {path} βρίσκεται σε κοινόχρηστο φάκελο δικτύου, όπου μπορεί να αλλοιωθεί.</translation>
    </message>
    <message>
        <source>The disk did not let HSP Desk read or write the database (a disk I/O error).</source>
        <translation>Ο δίσκος δεν επέτρεψε στο HSP Desk να διαβάσει ή να γράψει τη βάση δεδομένων (σφάλμα εισόδου/εξόδου δίσκου).</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written.</source>
        <translation>Ο δίσκος είναι γεμάτος: το αρχείο δεν μπόρεσε να γραφτεί.</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written.</source>
        <translation>Ο δίσκος είναι γεμάτος: το {file} δεν μπόρεσε να γραφτεί.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full.</source>
        <translation>Ο δίσκος όπου βρίσκεται η βάση δεδομένων είναι γεμάτος.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>Το εμφανιζόμενο όνομα είναι μεγαλύτερο από 200 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook ({error}).</source>
        <translation>Το αρχείο δεν είναι βιβλίο εργασίας Excel ({error}).</translation>
    </message>
    <message>
        <source>The file is on a disk that cannot be written to (read-only).</source>
        <translation>Το αρχείο βρίσκεται σε δίσκο όπου δεν επιτρέπεται η εγγραφή (μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>The incoming and outgoing coordinators are the same person.</source>
        <translation>Ο εισερχόμενος και ο απερχόμενος συντονιστής είναι το ίδιο πρόσωπο.</translation>
    </message>
    <message>
        <source>The last distribution has already been undone.</source>
        <translation>Η τελευταία διανομή έχει ήδη αναιρεθεί.</translation>
    </message>
    <message>
        <source>The lot chosen belongs to another item.</source>
        <translation>Η επιλεγμένη παρτίδα ανήκει σε άλλο είδος.</translation>
    </message>
    <message>
        <source>The newest good backup is {newest} (taken {taken} UTC). Restore it with: hsp-desk restore --latest</source>
        <translation>Το πιο πρόσφατο έγκυρο αντίγραφο ασφαλείας είναι το {newest} (λήφθηκε {taken} UTC). Επαναφέρετέ το με: hsp-desk restore --latest</translation>
    </message>
    <message>
        <source>The number of kits must be above 0.</source>
        <translation>Ο αριθμός των κιτ πρέπει να είναι μεγαλύτερος από 0.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>Η φράση πρόσβασης είναι λάθος ή το αρχείο κλειδιού έχει τροποποιηθεί.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Η περίοδος τελειώνει ({end}) πριν αρχίσει ({start}).</translation>
    </message>
    <message>
        <source>The quantity of {code} must be a whole number above 0.</source>
        <translation>Η ποσότητα του {code} πρέπει να είναι ακέραιος αριθμός μεγαλύτερος από 0.</translation>
    </message>
    <message>
        <source>The quantity of {code} must be above 0, not {qty}.</source>
        <translation>Η ποσότητα του {code} πρέπει να είναι μεγαλύτερη από 0, όχι {qty}.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of days above 0, not {days!r}.</source>
        <translation>Η περίοδος διατήρησης πρέπει να είναι ακέραιος αριθμός ημερών μεγαλύτερος από 0, όχι {days!r}.</translation>
    </message>
    <message>
        <source>The shift cannot end before it started.</source>
        <translation>Η βάρδια δεν μπορεί να τελειώνει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>The shift cannot start after the handover.</source>
        <translation>Η βάρδια δεν μπορεί να ξεκινά μετά την παράδοση.</translation>
    </message>
    <message>
        <source>The site code &apos;{code}&apos; may only hold letters, digits and dashes.</source>
        <translation>Ο κωδικός τοποθεσίας &apos;{code}&apos; μπορεί να περιέχει μόνο γράμματα, ψηφία και παύλες.</translation>
    </message>
    <message>
        <source>The user name {name!r} is taken.</source>
        <translation>Το όνομα χρήστη {name!r} χρησιμοποιείται ήδη.</translation>
    </message>
    <message>
        <source>The workbook has no counted figures.</source>
        <translation>Το βιβλίο εργασίας δεν έχει μετρημένες ποσότητες.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos;.</source>
        <translation>Το βιβλίο εργασίας δεν έχει φύλλο &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>The {field} is empty.</source>
        <translation>Το πεδίο «{field}» είναι κενό.</translation>
    </message>
    <message>
        <source>There is no National Society with the code &apos;{code}&apos;.</source>
        <translation>Δεν υπάρχει Εθνικός Σύλλογος με τον κωδικό &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop, so bundles cannot be sealed.</source>
        <translation>Δεν υπάρχει κλειδί παραρτήματος σε αυτόν τον φορητό, οπότε δεν μπορούν να σφραγιστούν πακέτα.</translation>
    </message>
    <message>
        <source>There is no branch key to export.</source>
        <translation>Δεν υπάρχει κλειδί παραρτήματος για εξαγωγή.</translation>
    </message>
    <message>
        <source>There is no card key &apos;{key}&apos;.</source>
        <translation>Δεν υπάρχει κλειδί καρτών &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>There is no card key yet, so no deployment code to reuse.</source>
        <translation>Δεν υπάρχει ακόμη κλειδί καρτών, οπότε δεν υπάρχει κωδικός ανάπτυξης για επαναχρησιμοποίηση.</translation>
    </message>
    <message>
        <source>There is no card with this code in this database.</source>
        <translation>Δεν υπάρχει κάρτα με αυτόν τον κωδικό σε αυτή τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Δεν υπάρχει βάση δεδομένων στο {path} για λήψη αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>There is no document numbered &apos;{number}&apos;.</source>
        <translation>Δεν υπάρχει έγγραφο με αριθμό &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no donor with the code &apos;{code}&apos;.</source>
        <translation>Δεν υπάρχει δωρητής με τον κωδικό &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Δεν υπάρχει το αρχείο {path}.</translation>
    </message>
    <message>
        <source>There is no goods received note numbered &apos;{number}&apos;.</source>
        <translation>Δεν υπάρχει δελτίο παραλαβής με αριθμό &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no handover numbered &apos;{number}&apos;.</source>
        <translation>Δεν υπάρχει παράδοση βάρδιας με αριθμό &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no item with the code or barcode &apos;{code}&apos;.</source>
        <translation>Δεν υπάρχει είδος με κωδικό ή γραμμωτό κώδικα &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no mobile trip numbered &apos;{number}&apos;.</source>
        <translation>Δεν υπάρχει δρομολόγιο κινητής μονάδας με αριθμό &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no report called &apos;{name}&apos;.</source>
        <translation>Δεν υπάρχει αναφορά με όνομα &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no rule for &apos;{target}&apos;.</source>
        <translation>Δεν υπάρχει κανόνας για &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Δεν υπάρχει ρύθμιση με όνομα {key!r}.</translation>
    </message>
    <message>
        <source>There is no site with the code &apos;{code}&apos;.</source>
        <translation>Δεν υπάρχει τοποθεσία με τον κωδικό &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no user called {name!r}.</source>
        <translation>Δεν υπάρχει χρήστης με όνομα {name!r}.</translation>
    </message>
    <message>
        <source>There is no waybill numbered &apos;{number}&apos;.</source>
        <translation>Δεν υπάρχει δελτίο αποστολής με αριθμό &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no {kind} numbered &apos;{number}&apos;.</source>
        <translation>Δεν υπάρχει έγγραφο {kind} με αριθμό &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>This QR code was not read completely, or the card was altered.</source>
        <translation>Αυτός ο κωδικός QR δεν διαβάστηκε πλήρως ή η κάρτα έχει αλλοιωθεί.</translation>
    </message>
    <message>
        <source>This branch key has the wrong length.</source>
        <translation>Αυτό το κλειδί παραρτήματος έχει λάθος μήκος.</translation>
    </message>
    <message>
        <source>This bundle does not fit this database: it refers to rows it does not carry, or clashes with rows here.</source>
        <translation>Αυτό το πακέτο δεν ταιριάζει με αυτή τη βάση δεδομένων: αναφέρεται σε γραμμές που δεν περιέχει ή συγκρούεται με γραμμές που υπάρχουν εδώ.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was written, or was made for another branch.</source>
        <translation>Αυτό το πακέτο τροποποιήθηκε αφού γράφτηκε ή δημιουργήθηκε για άλλο παράρτημα.</translation>
    </message>
    <message>
        <source>This bundle was sealed with the key {key_id} of &apos;{branch}&apos;, which this laptop does not have: it was made for another branch.</source>
        <translation>Αυτό το πακέτο σφραγίστηκε με το κλειδί {key_id} του &apos;{branch}&apos;, το οποίο δεν υπάρχει σε αυτόν τον φορητό: δημιουργήθηκε για άλλο παράρτημα.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version!r}, which this version of HSP Desk cannot read.</source>
        <translation>Αυτό το πακέτο γράφτηκε σε μορφή {version!r}, την οποία αυτή η έκδοση του HSP Desk δεν μπορεί να διαβάσει.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version}, which this version of HSP Desk cannot read.</source>
        <translation>Αυτό το πακέτο γράφτηκε σε μορφή {version}, την οποία αυτή η έκδοση του HSP Desk δεν μπορεί να διαβάσει.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not fit this version of HSP Desk ({detail}).</source>
        <translation>Τα περιεχόμενα αυτού του πακέτου δεν ταιριάζουν με αυτή την έκδοση του HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This card failed the authenticity check: it was altered, damaged or made up.</source>
        <translation>Αυτή η κάρτα απέτυχε στον έλεγχο γνησιότητας: έχει αλλοιωθεί, έχει καταστραφεί ή είναι πλαστή.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of HSP Desk ({version}).</source>
        <translation>Αυτή η κάρτα δημιουργήθηκε από νεότερη έκδοση του HSP Desk ({version}).</translation>
    </message>
    <message>
        <source>This card was not issued by this desk (issuer {issuer}): it belongs to another organisation or another HSP Desk installation.</source>
        <translation>Αυτή η κάρτα δεν εκδόθηκε από αυτή την εγκατάσταση (εκδότης {issuer}): ανήκει σε άλλον οργανισμό ή σε άλλη εγκατάσταση του HSP Desk.</translation>
    </message>
    <message>
        <source>This card was replaced by a new card{when} and is no longer valid.</source>
        <translation>Αυτή η κάρτα αντικαταστάθηκε από νέα κάρτα{when} και δεν ισχύει πλέον.</translation>
    </message>
    <message>
        <source>This card was withdrawn{when} and is no longer valid.</source>
        <translation>Αυτή η κάρτα ανακλήθηκε{when} και δεν ισχύει πλέον.</translation>
    </message>
    <message>
        <source>This card&apos;s key ({key}) has been withdrawn, so the card is no longer accepted.</source>
        <translation>Το κλειδί αυτής της κάρτας ({key}) έχει ανακληθεί, οπότε η κάρτα δεν γίνεται πλέον δεκτή.</translation>
    </message>
    <message>
        <source>This database already has a different branch key called {key_id}.</source>
        <translation>Αυτή η βάση δεδομένων έχει ήδη ένα διαφορετικό κλειδί παραρτήματος με το όνομα {key_id}.</translation>
    </message>
    <message>
        <source>This database already has users, so the first user cannot be made again.</source>
        <translation>Αυτή η βάση δεδομένων έχει ήδη χρήστες, οπότε ο πρώτος χρήστης δεν μπορεί να δημιουργηθεί ξανά.</translation>
    </message>
    <message>
        <source>This database already holds sites, so the demo was not added.</source>
        <translation>Αυτή η βάση δεδομένων έχει ήδη τοποθεσίες, οπότε τα δεδομένα επίδειξης δεν προστέθηκαν.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Αυτή η βάση δεδομένων έχει ήδη ρυθμιστεί.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, whose backups are the server&apos;s job: use pg_dump (and pg_restore to bring one back), scheduled on the server.</source>
        <translation>Αυτή η βάση δεδομένων βρίσκεται σε διακομιστή PostgreSQL, του οποίου τα αντίγραφα ασφαλείας είναι δουλειά του διακομιστή: χρησιμοποιήστε pg_dump (και pg_restore για επαναφορά), προγραμματισμένα στον διακομιστή.</translation>
    </message>
    <message>
        <source>This distribution has already been undone.</source>
        <translation>Αυτή η διανομή έχει ήδη αναιρεθεί.</translation>
    </message>
    <message>
        <source>This entry is itself an undo.</source>
        <translation>Αυτή η εγγραφή είναι η ίδια αναίρεση άλλης εγγραφής.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk branch key.</source>
        <translation>Αυτό το αρχείο δεν είναι κλειδί παραρτήματος του HSP Desk.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk sync bundle ({detail}).</source>
        <translation>Αυτό το αρχείο δεν είναι πακέτο συγχρονισμού του HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This is not a card code: {chars} cannot be in one.</source>
        <translation>Αυτό δεν είναι κωδικός κάρτας: ένας κωδικός κάρτας δεν μπορεί να περιέχει {chars}.</translation>
    </message>
    <message>
        <source>This is not an HSP Desk card: it may be a product barcode or another organisation&apos;s code.</source>
        <translation>Αυτή δεν είναι κάρτα του HSP Desk: μπορεί να είναι γραμμωτός κώδικας προϊόντος ή κωδικός άλλου οργανισμού.</translation>
    </message>
    <message>
        <source>This laptop has recorded no distribution at {site}.</source>
        <translation>Αυτός ο φορητός δεν έχει καταχωρίσει καμία διανομή στο {site}.</translation>
    </message>
    <message>
        <source>This movement has already been reversed.</source>
        <translation>Αυτή η κίνηση έχει ήδη αντιστραφεί.</translation>
    </message>
    <message>
        <source>This movement is itself a reversal.</source>
        <translation>Αυτή η κίνηση είναι η ίδια αντιστροφή άλλης κίνησης.</translation>
    </message>
    <message>
        <source>This spreadsheet would be larger than 4 GB.</source>
        <translation>Αυτό το υπολογιστικό φύλλο θα ήταν μεγαλύτερο από 4 GB.</translation>
    </message>
    <message>
        <source>To restore what it voided, record the original entry again.</source>
        <translation>Για να επαναφέρετε ό,τι ακύρωσε, καταχωρίστε ξανά την αρχική εγγραφή.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes.</source>
        <translation>Πάρα πολλοί λανθασμένοι κωδικοί: ο χρήστης {user} κλειδώθηκε για {minutes} λεπτά.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minute(s).</source>
        <translation>Πάρα πολλοί λανθασμένοι κωδικοί: ο χρήστης {user} παραμένει κλειδωμένος για {minutes} λεπτό(ά) ακόμη.</translation>
    </message>
    <message>
        <source>Trip {trip} has returned already.</source>
        <translation>Το δρομολόγιο {trip} έχει ήδη επιστρέψει.</translation>
    </message>
    <message>
        <source>Trip {trip}: {items} not counted on return.</source>
        <translation>Δρομολόγιο {trip}: δεν μετρήθηκαν κατά την επιστροφή: {items}.</translation>
    </message>
    <message>
        <source>Type it as printed on the report: the entry number, a colon, then the {n} letters and digits, e.g. 12345:3fa2 9c1d 77b0 e412.</source>
        <translation>Πληκτρολογήστε το όπως είναι τυπωμένο στην αναφορά: τον αριθμό καταχώρισης, άνω και κάτω τελεία και μετά τα {n} γράμματα και ψηφία, π.χ. 12345:3fa2 9c1d 77b0 e412.</translation>
    </message>
    <message>
        <source>Type the passphrase again. Nothing was changed.</source>
        <translation>Πληκτρολογήστε ξανά τη φράση πρόσβασης. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Undoing an older distribution needs a reason.</source>
        <translation>Η αναίρεση μιας παλαιότερης διανομής χρειάζεται αιτία.</translation>
    </message>
    <message>
        <source>Update HSP Desk on this laptop, then import it again. Nothing was imported.</source>
        <translation>Ενημερώστε το HSP Desk σε αυτόν τον φορητό και εισαγάγετέ το ξανά. Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Use &apos;found&apos; to add stock, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; or &apos;stolen&apos; to remove it, or &apos;correction&apos; for either.</source>
        <translation>Χρησιμοποιήστε &apos;found&apos; (βρέθηκε) για να προσθέσετε απόθεμα, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; ή &apos;stolen&apos; (κατεστραμμένο, ληγμένο, χαμένο, κλεμμένο) για να το αφαιρέσετε ή &apos;correction&apos; (διόρθωση) και για τα δύο.</translation>
    </message>
    <message>
        <source>Use &apos;full&apos; or &apos;partial&apos;.</source>
        <translation>Χρησιμοποιήστε &apos;full&apos; (πλήρης) ή &apos;partial&apos; (μερική).</translation>
    </message>
    <message>
        <source>Use 1 day or more.</source>
        <translation>Χρησιμοποιήστε 1 ημέρα ή περισσότερες.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters or digits, e.g. the National Society&apos;s code (MNE).</source>
        <translation>Χρησιμοποιήστε 1 έως 10 γράμματα ή ψηφία, π.χ. τον κωδικό του Εθνικού Συλλόγου (MNE).</translation>
    </message>
    <message>
        <source>Use a new database file (--database-url) for the demo.</source>
        <translation>Χρησιμοποιήστε νέο αρχείο βάσης δεδομένων (--database-url) για την επίδειξη.</translation>
    </message>
    <message>
        <source>Use one of: {allowed}.</source>
        <translation>Χρησιμοποιήστε ένα από τα εξής: {allowed}.</translation>
    </message>
    <message>
        <source>Use one of: {categories}.</source>
        <translation>Χρησιμοποιήστε μία από τις εξής: {categories}.</translation>
    </message>
    <message>
        <source>Use one of: {flags}.</source>
        <translation>Χρησιμοποιήστε ένα από τα εξής: {flags}.</translation>
    </message>
    <message>
        <source>Use the workbook exported for this count.</source>
        <translation>Χρησιμοποιήστε το βιβλίο εργασίας που εξήχθη για αυτή την καταμέτρηση.</translation>
    </message>
    <message>
        <source>Use up to 64 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit (for example &apos;amina.k&apos;).</source>
        <translation>Χρησιμοποιήστε έως 64 λατινικά γράμματα a-z, ψηφία, τελείες, παύλες ή κάτω παύλες, με πρώτο χαρακτήρα γράμμα ή ψηφίο (για παράδειγμα &apos;amina.k&apos;).</translation>
    </message>
    <message>
        <source>Wait, or ask your branch manager to set a new password.</source>
        <translation>Περιμένετε ή ζητήστε από τον διευθυντή του παραρτήματός σας να ορίσει νέο κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>Waybill {number} is {status}, not in transit.</source>
        <translation>Το δελτίο αποστολής {number} έχει κατάσταση «{status}» και δεν είναι σε μεταφορά.</translation>
    </message>
    <message>
        <source>Which GRN?</source>
        <translation>Ποιο δελτίο παραλαβής;</translation>
    </message>
    <message>
        <source>Which waybill?</source>
        <translation>Ποιο δελτίο αποστολής;</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Λάθος όνομα χρήστη ή κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>a branch manager</source>
        <translation>διευθυντής παραρτήματος</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>συντονιστής</translation>
    </message>
    <message>
        <source>a logistics officer</source>
        <translation>υπεύθυνος εφοδιαστικής</translation>
    </message>
    <message>
        <source>a row of {table} has no key</source>
        <translation>μια γραμμή του πίνακα {table} δεν έχει κλειδί</translation>
    </message>
    <message>
        <source>a value of {table} cannot be read</source>
        <translation>μια τιμή του πίνακα {table} δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>εθελοντής</translation>
    </message>
    <message>
        <source>adjust stock or check the ledger</source>
        <translation>διορθώσει το απόθεμα ή ελέγξει το βιβλίο κινήσεων</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>διόρθωση</translation>
    </message>
    <message>
        <source>an item with the code {code} exists already</source>
        <translation>υπάρχει ήδη είδος με τον κωδικό {code}</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>εγκρίθηκε</translation>
    </message>
    <message>
        <source>barcode {barcode} belongs to another item already</source>
        <translation>ο γραμμωτός κώδικας (barcode) {barcode} ανήκει ήδη σε άλλο είδος</translation>
    </message>
    <message>
        <source>barcode {barcode} is also on row {row}</source>
        <translation>ο γραμμωτός κώδικας (barcode) {barcode} υπάρχει και στη γραμμή {row}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; is not one of {categories}</source>
        <translation>η κατηγορία (category) &apos;{category}&apos; δεν είναι μία από τις εξής: {categories}</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>αλλάξει ρυθμίσεις ή κανόνες</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>αλλάξει τον κατάλογο</translation>
    </message>
    <message>
        <source>child in the household</source>
        <translation>παιδί στο νοικοκυριό</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>κλειστό</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; must be up to 32 letters, digits, - . _ or /</source>
        <translation>ο κωδικός (code) &apos;{code}&apos; πρέπει να έχει έως 32 λατινικά γράμματα, ψηφία, - . _ ή /</translation>
    </message>
    <message>
        <source>code {code} is also on row {row}</source>
        <translation>ο κωδικός (code) {code} υπάρχει και στη γραμμή {row}</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>διόρθωση</translation>
    </message>
    <message>
        <source>count correction</source>
        <translation>διόρθωση καταμέτρησης</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>καταμετρήσει το απόθεμα</translation>
    </message>
    <message>
        <source>country</source>
        <translation>χώρα</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>κατεστραμμένο</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>κατεστραμμένη κεφαλίδα</translation>
    </message>
    <message>
        <source>damaged {table}</source>
        <translation>κατεστραμμένος πίνακας {table}</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date (write it as 2026-03-31 or 31.03.2026)</source>
        <translation>η ημερομηνία (date) &apos;{date}&apos; δεν είναι έγκυρη ημερομηνία (γράψτε τη ως 2026-03-31 ή 31.03.2026)</translation>
    </message>
    <message>
        <source>date {date} is in the future</source>
        <translation>η ημερομηνία (date) {date} είναι στο μέλλον</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ημέρα</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>διανομή</translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation>ανταλλάξει πακέτα συγχρονισμού</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>ληγμένο</translation>
    </message>
    <message>
        <source>expiry &apos;{expiry}&apos; is not a date</source>
        <translation>η λήξη (expiry) &apos;{expiry}&apos; δεν είναι έγκυρη ημερομηνία</translation>
    </message>
    <message>
        <source>found</source>
        <translation>βρέθηκε</translation>
    </message>
    <message>
        <source>full</source>
        <translation>πλήρης</translation>
    </message>
    <message>
        <source>give beyond a rule</source>
        <translation>δώσει πέρα από όσα επιτρέπει ένας κανόνας</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>παραδώσει τη βάρδια</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>εισαγάγει βιβλία εργασίας</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>σε μεταφορά</translation>
    </message>
    <message>
        <source>infant (under 2) in the household</source>
        <translation>βρέφος (κάτω των 2 ετών) στο νοικοκυριό</translation>
    </message>
    <message>
        <source>issue or change cards</source>
        <translation>εκδώσει ή αλλάξει κάρτες</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>συναρμολόγηση κιτ</translation>
    </message>
    <message>
        <source>kit component &apos;{part}&apos; must be written CODE:QTY, e.g. HYG-SOAP:2</source>
        <translation>το περιεχόμενο κιτ (kit components) &apos;{part}&apos; πρέπει να γράφεται CODE:QTY (κωδικός:ποσότητα), π.χ. HYG-SOAP:2</translation>
    </message>
    <message>
        <source>kit component {component} is not in the catalogue (nor on an earlier row)</source>
        <translation>το περιεχόμενο κιτ {component} δεν υπάρχει στον κατάλογο (ούτε σε προηγούμενη γραμμή)</translation>
    </message>
    <message>
        <source>kit component {component} needs a quantity above 0, not {qty}</source>
        <translation>το περιεχόμενο κιτ {component} χρειάζεται ποσότητα μεγαλύτερη από 0, όχι {qty}</translation>
    </message>
    <message>
        <source>kit disassembly</source>
        <translation>αποσυναρμολόγηση κιτ</translation>
    </message>
    <message>
        <source>kit {code} cannot contain itself</source>
        <translation>το κιτ {code} δεν μπορεί να περιέχει τον εαυτό του</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>χαμένο</translation>
    </message>
    <message>
        <source>lot {lot} of {item} has expiry {before} on row {row}, not {expiry}</source>
        <translation>η παρτίδα {lot} του είδους {item} έχει λήξη {before} στη γραμμή {row}, όχι {expiry}</translation>
    </message>
    <message>
        <source>lot {lot} of {item} was received before with expiry {before}, not {expiry}</source>
        <translation>η παρτίδα {lot} του είδους {item} παραλήφθηκε στο παρελθόν με λήξη {before}, όχι {expiry}</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>διαχειριστεί χρήστες</translation>
    </message>
    <message>
        <source>missing column(s): {missing} (the header row must name: {columns})</source>
        <translation>λείπουν στήλες: {missing} (η γραμμή επικεφαλίδων πρέπει να περιέχει: {columns})</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>χωρίς πίνακες</translation>
    </message>
    <message>
        <source>older person (60+)</source>
        <translation>ηλικιωμένο άτομο (60+)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ανοιχτό</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>μερική</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>άτομο με αναπηρία</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding woman</source>
        <translation>έγκυος ή θηλάζουσα γυναίκα</translation>
    </message>
    <message>
        <source>produce reports</source>
        <translation>δημιουργήσει αναφορές</translation>
    </message>
    <message>
        <source>produce reports of every site</source>
        <translation>δημιουργήσει αναφορές για όλες τις τοποθεσίες</translation>
    </message>
    <message>
        <source>quantity &apos;{qty}&apos; is not a whole number</source>
        <translation>η ποσότητα (quantity) &apos;{qty}&apos; δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>quantity {qty} must be above 0</source>
        <translation>η ποσότητα (quantity) πρέπει να είναι μεγαλύτερη από 0, όχι {qty}</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>παραλαβή</translation>
    </message>
    <message>
        <source>received</source>
        <translation>παραλήφθηκε</translation>
    </message>
    <message>
        <source>record goods received</source>
        <translation>καταχωρίσει παραλαβές αγαθών</translation>
    </message>
    <message>
        <source>record hand-outs</source>
        <translation>καταχωρίσει διανομές</translation>
    </message>
    <message>
        <source>see the stock</source>
        <translation>δει το απόθεμα</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>κωδικός τοποθεσίας</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>όνομα τοποθεσίας</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>κλεμμένο</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>υποβλήθηκε</translation>
    </message>
    <message>
        <source>take or restore backups</source>
        <translation>δημιουργήσει ή επαναφέρει αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>ο κωδικός (code) είναι κενός</translation>
    </message>
    <message>
        <source>the columns of {table} differ</source>
        <translation>οι στήλες του πίνακα {table} διαφέρουν</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>η ημερομηνία (date) είναι κενή</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>αρχείο</translation>
    </message>
    <message>
        <source>the item code is empty</source>
        <translation>ο κωδικός είδους (item code) είναι κενός</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>το όνομα (name) είναι κενό</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>το όνομα (name) έχει περισσότερους από 200 χαρακτήρες</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>η ποσότητα (quantity) είναι κενή</translation>
    </message>
    <message>
        <source>the site code is empty</source>
        <translation>ο κωδικός τοποθεσίας (site code) είναι κενός</translation>
    </message>
    <message>
        <source>the supplier is longer than 200 characters</source>
        <translation>ο προμηθευτής (supplier) έχει περισσότερους από 200 χαρακτήρες</translation>
    </message>
    <message>
        <source>there is no donor with the code &apos;{donor}&apos;</source>
        <translation>δεν υπάρχει δωρητής με τον κωδικό &apos;{donor}&apos;</translation>
    </message>
    <message>
        <source>there is no item with the code or barcode &apos;{code}&apos;</source>
        <translation>δεν υπάρχει είδος με κωδικό ή γραμμωτό κώδικα &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>there is no site with the code &apos;{site}&apos;</source>
        <translation>δεν υπάρχει τοποθεσία με τον κωδικό &apos;{site}&apos;</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>πολύ μικρό</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>εισερχόμενη μεταφορά</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>εξερχόμενη μεταφορά</translation>
    </message>
    <message>
        <source>transfer stock</source>
        <translation>μεταφέρει απόθεμα</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; is longer than 16 characters</source>
        <translation>η μονάδα (unit) &apos;{unit}&apos; έχει περισσότερους από 16 χαρακτήρες</translation>
    </message>
    <message>
        <source>unknown table {table!r}</source>
        <translation>άγνωστος πίνακας {table!r}</translation>
    </message>
    <message>
        <source>unreadable contents</source>
        <translation>μη αναγνώσιμο περιεχόμενο</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>μη αναγνώσιμη κεφαλίδα</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>λάθος υπογραφή</translation>
    </message>
    <message>
        <source>{code} has expiry dates: found stock needs its lot number</source>
        <translation>Το είδος {code} έχει ημερομηνίες λήξης: για απόθεμα που βρέθηκε χρειάζεται ο αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}.</source>
        <translation>Το είδος {code} μετράται ανά παρτίδα στην καταμέτρηση {number}.</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}: give the lot</source>
        <translation>Το είδος {code} μετράται ανά παρτίδα στην καταμέτρηση {number}: δώστε την παρτίδα</translation>
    </message>
    <message>
        <source>{code} is not on count {number}.</source>
        <translation>Το είδος {code} δεν περιλαμβάνεται στην καταμέτρηση {number}.</translation>
    </message>
    <message>
        <source>{code} lot {lot}</source>
        <translation>{code} παρτίδα {lot}</translation>
    </message>
    <message>
        <source>{code} {name} lot {lot}</source>
        <translation>{code} {name} παρτίδα {lot}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; must be yes or no</source>
        <translation>στη στήλη {column}, το &apos;{value}&apos; πρέπει να είναι yes ή no</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} ημέρες</translation>
    </message>
    <message>
        <source>{file} is on a disk that cannot be written to (read-only).</source>
        <translation>Το {file} βρίσκεται σε δίσκο όπου δεν επιτρέπεται η εγγραφή (μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ή {second}</translation>
    </message>
    <message>
        <source>{item} has an expiry date and none was given</source>
        <translation>το είδος {item} έχει ημερομηνία λήξης, αλλά δεν δόθηκε καμία</translation>
    </message>
    <message>
        <source>{item} has an expiry date, and none was given.</source>
        <translation>Το είδος {item} έχει ημερομηνία λήξης, αλλά δεν δόθηκε καμία.</translation>
    </message>
    <message>
        <source>{item} has expiry dates, so found stock needs its lot number.</source>
        <translation>Το είδος {item} έχει ημερομηνίες λήξης, οπότε για απόθεμα που βρέθηκε χρειάζεται ο αριθμός παρτίδας.</translation>
    </message>
    <message>
        <source>{item} has no lot &apos;{lot}&apos;.</source>
        <translation>Το είδος {item} δεν έχει παρτίδα &apos;{lot}&apos;.</translation>
    </message>
    <message>
        <source>{item} is counted per lot on {number} ({lots}).</source>
        <translation>Το είδος {item} μετράται ανά παρτίδα στην καταμέτρηση {number} ({lots}).</translation>
    </message>
    <message>
        <source>{item} is not on waybill {number}.</source>
        <translation>Το είδος {item} δεν υπάρχει στο δελτίο αποστολής {number}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of {unit}, not {text!r}.</source>
        <translation>Η ρύθμιση {key} πρέπει να είναι ακέραιος αριθμός ({unit}), όχι {text!r}.</translation>
    </message>
    <message>
        <source>{key} must be from {minimum} to {maximum} {unit}, not {value}.</source>
        <translation>Η ρύθμιση {key} πρέπει να είναι από {minimum} έως {maximum} {unit}, όχι {value}.</translation>
    </message>
    <message>
        <source>{kit} is not a kit with components.</source>
        <translation>Το {kit} δεν είναι κιτ με περιεχόμενα.</translation>
    </message>
    <message>
        <source>{label}: at most {max_qty} per {per}{member}{flag}</source>
        <translation>{label}: το πολύ {max_qty} ανά {per}{member}{flag}</translation>
    </message>
    <message>
        <source>{line} is given twice.</source>
        <translation>{line}: δόθηκε δύο φορές.</translation>
    </message>
    <message>
        <source>{line}: &apos;{given}&apos; is not a variance reason.</source>
        <translation>{line}: το &apos;{given}&apos; δεν είναι αιτία απόκλισης.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a shortage of {qty}.</source>
        <translation>{line}: η αιτία &apos;{label}&apos; δεν μπορεί να εξηγήσει έλλειμμα {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a surplus of {qty}.</source>
        <translation>{line}: η αιτία &apos;{label}&apos; δεν μπορεί να εξηγήσει πλεόνασμα {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{qty}&apos; is not a whole number.</source>
        <translation>{line}: το &apos;{qty}&apos; δεν είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>{line}: a count cannot be below 0 ({qty}).</source>
        <translation>{line}: η μέτρηση δεν μπορεί να είναι κάτω από 0 ({qty}).</translation>
    </message>
    <message>
        <source>{line}: a variance of {variance:+d} has no reason.</source>
        <translation>{line}: η απόκλιση {variance:+d} δεν έχει αιτία.</translation>
    </message>
    <message>
        <source>{line}: the reason &apos;other&apos; needs a note.</source>
        <translation>{line}: η αιτία &apos;other&apos; (άλλο) χρειάζεται σημείωση.</translation>
    </message>
    <message>
        <source>{name!r} cannot be a user name.</source>
        <translation>Το {name!r} δεν μπορεί να είναι όνομα χρήστη.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {error}.</source>
        <translation>Το {name} δεν μπορεί να διαβαστεί ως βιβλίο εργασίας Excel (.xlsx): {error}.</translation>
    </message>
    <message>
        <source>{name} is not an HSP Desk database.</source>
        <translation>Το {name} δεν είναι βάση δεδομένων του HSP Desk.</translation>
    </message>
    <message>
        <source>{number} is not a count session.</source>
        <translation>Το {number} δεν είναι καταμέτρηση.</translation>
    </message>
    <message>
        <source>{path} exists already.</source>
        <translation>Το {path} υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>{path} is in use and cannot be moved.</source>
        <translation>Το {path} χρησιμοποιείται και δεν μπορεί να μετακινηθεί.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{qty} {unit} of {item} received, but {sent} were sent.</source>
        <translation>Παραλήφθηκαν {qty} {unit} από {item}, αλλά στάλθηκαν {sent}.</translation>
    </message>
    <message>
        <source>{role!r} is not a role.</source>
        <translation>Το {role!r} δεν είναι ρόλος.</translation>
    </message>
    <message>
        <source>{rows} row(s) of the count workbook are wrong, so nothing was imported:
  - {shown}{more}</source>
        <translation>Λανθασμένες γραμμές στο βιβλίο εργασίας της καταμέτρησης: {rows}· δεν εισήχθη τίποτα:
  - {shown}{more}</translation>
    </message>
    <message>
        <source>{rows} row(s) of the workbook are wrong, so nothing was imported:
{shown}{more}
</source>
        <translation>Λανθασμένες γραμμές στο βιβλίο εργασίας: {rows}· δεν εισήχθη τίποτα:
{shown}{more}
</translation>
    </message>
    <message>
        <source>{rule}. This card&apos;s household is not recorded with that.</source>
        <translation>{rule}. Το νοικοκυριό αυτής της κάρτας δεν έχει καταγραφεί με αυτό το χαρακτηριστικό.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. May receive again from {day}.</source>
        <translation>{rule}· ελήφθησαν {used} σε αυτή την περίοδο, ζητήθηκαν {asked}. Μπορεί να λάβει ξανά από {day}.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. More than {limit} cannot be given at once.</source>
        <translation>{rule}· ελήφθησαν {used} σε αυτή την περίοδο, ζητήθηκαν {asked}. Δεν μπορούν να δοθούν περισσότερα από {limit} σε μία διανομή.</translation>
    </message>
    <message>
        <source>{sheet} row {n}</source>
        <translation>Φύλλο {sheet}, γραμμή {n}</translation>
    </message>
    <message>
        <source>{site} has a count in progress that includes {items}.</source>
        <translation>Στο {site} υπάρχει καταμέτρηση σε εξέλιξη που περιλαμβάνει: {items}.</translation>
    </message>
    <message>
        <source>{site} is not a mobile HSP or team.</source>
        <translation>Το {site} δεν είναι κινητό HSP ή κινητή ομάδα.</translation>
    </message>
    <message>
        <source>{site} is still on the road with trip {trip}.</source>
        <translation>Το {site} είναι ακόμη καθ&apos; οδόν με το δρομολόγιο {trip}.</translation>
    </message>
    <message>
        <source>{user} is the only active branch manager.</source>
        <translation>Ο χρήστης {user} είναι ο μόνος ενεργός διευθυντής παραρτήματος.</translation>
    </message>
    <message>
        <source>{user} may not approve a count: that needs a coordinator or above.</source>
        <translation>Ο χρήστης {user} δεν μπορεί να εγκρίνει καταμέτρηση: απαιτείται συντονιστής ή ανώτερος ρόλος.</translation>
    </message>
    <message>
        <source>{user} may not {action}: that needs {role} or above.</source>
        <translation>Ο χρήστης {user} δεν μπορεί να {action}: απαιτείται ρόλος «{role}» ή ανώτερος.</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>το {value} δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>{where}: a count of {qty} without an item code</source>
        <translation>{where}: μετρημένη ποσότητα {qty} χωρίς κωδικό είδους</translation>
    </message>
    <message>
        <source>{where}: {code}: a count cannot be below 0 ({qty})</source>
        <translation>{where}: {code}: η μέτρηση δεν μπορεί να είναι κάτω από 0 ({qty})</translation>
    </message>
    <message>
        <source>{where}: {line} is already on row {row}</source>
        <translation>{where}: το {line} υπάρχει ήδη στη γραμμή {row}</translation>
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
        <translation>εθελοντής</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>συντονιστής</translation>
    </message>
    <message>
        <source>logistics officer</source>
        <translation>υπεύθυνος εφοδιαστικής</translation>
    </message>
    <message>
        <source>branch manager</source>
        <translation>διευθυντής παραρτήματος</translation>
    </message>
</context>
</TS>
