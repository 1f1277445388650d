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
