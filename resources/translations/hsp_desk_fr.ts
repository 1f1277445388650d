<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdjustPage</name>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Found (adds stock)</source>
        <translation>Retrouvé (ajoute au stock)</translation>
    </message>
    <message>
        <source>Correction (adds or removes)</source>
        <translation>Correction (ajoute ou retire)</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>Retirer du stock</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Ajouter au stock</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choisir un motif)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce qui s&apos;est passé (facultatif)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Record adjustment (Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;ajustement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Adjust stock at {site}</source>
        <translation>Ajuster le stock à {site}</translation>
    </message>
    <message>
        <source>(any lot: soonest expiry first)</source>
        <translation>(tout lot : péremption la plus proche d&apos;abord)</translation>
    </message>
    <message>
        <source>{lot}: expires {expiry}, {qty} on hand</source>
        <translation>{lot} : expire le {expiry}, {qty} en stock</translation>
    </message>
    <message>
        <source>Recorded: {qty:+d} of {item} at {site} ({reason}).</source>
        <translation>Enregistré : {qty:+d} de {item} à {site} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Catalogue</source>
        <extracomment>The lowest permission of any tab: logistics officers see the catalogue and sites.</extracomment>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Sites and reorder levels</source>
        <translation>Sites et seuils de réapprovisionnement</translation>
    </message>
    <message>
        <source>Entitlement rules</source>
        <translation>Règles de droits</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Contrôle du registre</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sync between laptops</source>
        <translation>Synchronisation entre ordinateurs</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backup</source>
        <extracomment>Asked before a restore; tests replace it. Returns True to go on. After a restore the application closes: the restored file may need migrating and every page would show the old data. Tests replace it.</extracomment>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Prise (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation>Taille (Mio)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Its backups are the server&apos;s job: pg_dump (and pg_restore to bring one back), scheduled on the server by its administrator.</source>
        <translation>Cette base de données est sur un serveur PostgreSQL. Ses sauvegardes sont l&apos;affaire du serveur : pg_dump (et pg_restore pour en restaurer une), planifiées sur le serveur par son administrateur.</translation>
    </message>
    <message>
        <source>Database: {path}. A checked copy is taken every day and before every upgrade; backups are kept in {folder}.</source>
        <translation>Base de données : {path}. Une copie vérifiée est faite chaque jour et avant chaque mise à jour ; les sauvegardes sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Sauvegarde écrite et vérifiée : {name}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}?

Everything recorded after that backup is no longer in the database (the current file is kept aside, never deleted). HSP Desk closes when the restore is done; start it again to work on the restored data.</source>
        <translation>Remplacer la base de données par la sauvegarde {name} ?

Tout ce qui a été enregistré après cette sauvegarde ne sera plus dans la base de données (le fichier actuel est mis de côté, jamais supprimé). HSP Desk se ferme une fois la restauration terminée ; relancez-le pour travailler sur les données restaurées.</translation>
    </message>
    <message>
        <source>The backup was restored. HSP Desk closes now: start it again.</source>
        <translation>La sauvegarde a été restaurée. HSP Desk se ferme maintenant : relancez-le.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choisissez d&apos;abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <source> The replaced database was kept as {name}.</source>
        <translation> La base de données remplacée a été conservée sous le nom {name}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restaurée.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Kit components</source>
        <translation>Composants du kit</translation>
    </message>
    <message>
        <source>Filter: type part of a code, name or category…</source>
        <translation>Filtre : tapez une partie d&apos;un code, d&apos;un nom ou d&apos;une catégorie…</translation>
    </message>
    <message>
        <source>e.g. HYG-SHAMPOO</source>
        <translation>p. ex. HYG-SHAMPOO</translation>
    </message>
    <message>
        <source>Expiry date on every delivery</source>
        <translation>Date de péremption à chaque livraison</translation>
    </message>
    <message>
        <source>Serial numbers (SIM cards)</source>
        <translation>Numéros de série (cartes SIM)</translation>
    </message>
    <message>
        <source>For a kit: HYG-SOAP:2; HYG-TBRUSH:1</source>
        <translation>Pour un kit : HYG-SOAP:2; HYG-TBRUSH:1</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Ajouter l&apos;article</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>Unité de base</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>Catalogue des articles</translation>
    </message>
    <message>
        <source>Goods received (receipts)</source>
        <translation>Marchandises reçues (réceptions)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>Enregistrer un modèle vide…</translation>
    </message>
    <message>
        <source>Every row is checked first: one wrong row and nothing is imported.</source>
        <translation>Chaque ligne est d&apos;abord vérifiée : une seule ligne erronée et rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <source>{code} was added to the catalogue.</source>
        <translation>{code} a été ajouté au catalogue.</translation>
    </message>
    <message>
        <source>Imported {rows} row(s) from {file}: {created}.</source>
        <translation>{rows} ligne(s) importée(s) depuis {file} : {created}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) in {file}. Correct these rows and import again.</source>
        <translation>Rien n&apos;a été importé : {n} problème(s) dans {file}. Corrigez ces lignes et importez à nouveau.</translation>
    </message>
    <message>
        <source>Checking and importing the workbook…</source>
        <translation>Vérification et import du classeur…</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template saved: {path}. Fill it in and import it here.</source>
        <translation>Modèle enregistré : {path}. Remplissez-le et importez-le ici.</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Blind (counters do not see the expected figures)</source>
        <translation>À l&apos;aveugle (les compteurs ne voient pas les chiffres attendus)</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Commencer un inventaire</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Motif requis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Enregistrer les comptages</translation>
    </message>
    <message>
        <source>Counting done: submit</source>
        <translation>Comptage terminé : soumettre</translation>
    </message>
    <message>
        <source>Approve (writes the corrections)</source>
        <translation>Approuver (enregistre les corrections)</translation>
    </message>
    <message>
        <source>Stock counts at {site}</source>
        <translation>Inventaires à {site}</translation>
    </message>
    <message>
        <source>No count in progress here. Start one to count the shelves.</source>
        <translation>Aucun inventaire en cours ici. Commencez-en un pour compter les étagères.</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>à l&apos;aveugle</translation>
    </message>
    <message>
        <source>not blind</source>
        <translation>non aveugle</translation>
    </message>
    <message>
        <source>{number}: {kind} count, {blind}, {status}; {n} of {total} lines counted.</source>
        <translation>{number} : inventaire {kind}, {blind}, {status} ; {n} ligne(s) comptée(s) sur {total}.</translation>
    </message>
    <message>
        <source>Count {number} started: type what is on each shelf.</source>
        <translation>Inventaire {number} commencé : saisissez ce qu&apos;il y a sur chaque étagère.</translation>
    </message>
    <message>
        <source>Count {number} approved; the stock now matches the shelves.</source>
        <translation>Inventaire {number} approuvé ; le stock correspond maintenant aux étagères.</translation>
    </message>
    <message>
        <source>Saved {n} line(s) of {number}.</source>
        <translation>{n} ligne(s) de {number} enregistrée(s).</translation>
    </message>
</context>
<context>
    <name>DistributePage</name>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation>Scannez une carte ou tapez son code, puis Entrée</translation>
    </message>
    <message>
        <source>Without a card: people served</source>
        <translation>Sans carte : personnes servies</translation>
    </message>
    <message>
        <source>No card scanned.</source>
        <translation>Aucune carte scannée.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>May receive today</source>
        <translation>Peut recevoir aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>Dernières visites</translation>
    </message>
    <message>
        <source>Items (click to add; right-click to take one off)</source>
        <translation>Articles (clic pour ajouter ; clic droit pour en retirer un)</translation>
    </message>
    <message>
        <source>Give (Enter)</source>
        <translation>Remettre (Entrée)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Effacer (Échap)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler la dernière (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Distribuer</translation>
    </message>
    <message>
        <source>Distribute at {site}</source>
        <translation>Distribuer à {site}</translation>
    </message>
    <message>
        <source>Bundle {name}: {lines}</source>
        <translation>Ensemble {name} : {lines}</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>Carte {code} : {status}</translation>
    </message>
    <message>
        <source>household of {n}</source>
        <translation>ménage de {n}</translation>
    </message>
    <message>
        <source>household size not recorded</source>
        <translation>taille du ménage non renseignée</translation>
    </message>
    <message>
        <source>{rule}: not for this household</source>
        <translation>{rule} : pas pour ce ménage</translation>
    </message>
    <message>
        <source>{rule}: {n} of {limit} left</source>
        <translation>{rule} : il reste {n} sur {limit}</translation>
    </message>
    <message>
        <source>{rule}: none left; again from {day}</source>
        <translation>{rule} : plus rien ; à nouveau à partir du {day}</translation>
    </message>
    <message>
        <source>No rules are set: anything in stock may be given.</source>
        <translation>Aucune règle n&apos;est définie : tout ce qui est en stock peut être remis.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation>Première visite.</translation>
    </message>
    <message>
        <source>Without a card: enter how many people are served.</source>
        <translation>Sans carte : indiquez combien de personnes sont servies.</translation>
    </message>
    <message>
        <source>Nothing to give yet: click an item or a bundle.</source>
        <translation>Rien à remettre pour l&apos;instant : cliquez sur un article ou un ensemble.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card first, or tick “Without a card”.</source>
        <translation>Scannez d&apos;abord la carte de la personne, ou cochez « Sans carte ».</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <source>Given to {who}: {items}.</source>
        <translation>Remis à {who} : {items}.</translation>
    </message>
    <message>
        <source>The last hand-over was undone; its items are back in stock.</source>
        <translation>La dernière remise a été annulée ; ses articles sont de retour en stock.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up HSP Desk</source>
        <translation>Configurer HSP Desk</translation>
    </message>
    <message>
        <source>Your National Society</source>
        <translation>Votre Société nationale</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is empty. Three short steps set it up.</source>
        <translation>La base de données de cet ordinateur est vide. Trois courtes étapes suffisent pour la configurer.</translation>
    </message>
    <message>
        <source>e.g. MNE</source>
        <translation>p. ex. MNE</translation>
    </message>
    <message>
        <source>e.g. Red Cross of Montenegro</source>
        <translation>p. ex. Croix-Rouge du Monténégro</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Code court</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <source>The Humanitarian Service Point, warehouse or team this laptop works for.</source>
        <translation>Le point de service humanitaire, l&apos;entrepôt ou l&apos;équipe pour lequel travaille cet ordinateur.</translation>
    </message>
    <message>
        <source>e.g. MNE-ROZAJE</source>
        <translation>p. ex. MNE-ROZAJE</translation>
    </message>
    <message>
        <source>A mobile site (van, tent, team)</source>
        <translation>Un site mobile (camionnette, tente, équipe)</translation>
    </message>
    <message>
        <source>Start with the standard HSP items (water, food, hygiene kits, SIM cards…)</source>
        <translation>Commencer avec les articles standard des HSP (eau, nourriture, kits d&apos;hygiène, cartes SIM…)</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>The first user</source>
        <translation>Le premier utilisateur</translation>
    </message>
    <message>
        <source>A branch manager, who then adds the other users.</source>
        <translation>Un responsable de branche, qui ajoute ensuite les autres utilisateurs.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>Mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe à nouveau</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe sont différents. Saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>&amp;Passation</translation>
    </message>
    <message>
        <source>Name of the coordinator handing over</source>
        <translation>Nom du coordinateur qui passe la main</translation>
    </message>
    <message>
        <source>Tick the items counted at this handover</source>
        <translation>Cochez les articles comptés lors de cette passation</translation>
    </message>
    <message>
        <source>Count these at every handover here</source>
        <translation>Compter ceux-ci à chaque passation ici</translation>
    </message>
    <message>
        <source>Start the handover</source>
        <translation>Commencer la passation</translation>
    </message>
    <message>
        <source>Outgoing coordinator</source>
        <translation>Coordinateur sortant</translation>
    </message>
    <message>
        <source>Shift started at</source>
        <translation>Début du service</translation>
    </message>
    <message>
        <source>Start a handover</source>
        <translation>Commencer une passation</translation>
    </message>
    <message>
        <source>Items to count (blind):</source>
        <translation>Articles à compter (à l&apos;aveugle) :</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Name of the coordinator taking over</source>
        <translation>Nom du coordinateur qui prend le relais</translation>
    </message>
    <message>
        <source>Open issues for the next shift: stock expected, broken scanner, … (never about a person)</source>
        <translation>Points en suspens pour le service suivant : stock attendu, scanner en panne, … (jamais au sujet d&apos;une personne)</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Enregistrer les comptages</translation>
    </message>
    <message>
        <source>Close the handover</source>
        <translation>Clore la passation</translation>
    </message>
    <message>
        <source>Save PDF to sign…</source>
        <translation>Enregistrer le PDF à signer…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>Enregistrer en Excel…</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Incoming coordinator</source>
        <translation>Coordinateur entrant</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Points en suspens</translation>
    </message>
    <message>
        <source>This handover</source>
        <translation>Cette passation</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Shift handover at {site}</source>
        <translation>Passation de service à {site}</translation>
    </message>
    <message>
        <source>{number}: {who}, {status}, since {start}</source>
        <translation>{number} : {who}, {status}, depuis {start}</translation>
    </message>
    <message>
        <source>No handover here yet. Fill in the left side and start one at the end of the shift.</source>
        <translation>Aucune passation ici pour l&apos;instant. Remplissez la partie gauche et commencez-en une à la fin du service.</translation>
    </message>
    <message>
        <source>{number} is open: {who} hands over. Count each line without looking at the stock list (blind), then enter the incoming coordinator and close.</source>
        <translation>{number} est ouverte : {who} passe la main. Comptez chaque ligne sans regarder la liste du stock (à l&apos;aveugle), puis indiquez le coordinateur entrant et clôturez.</translation>
    </message>
    <message>
        <source>No items are counted at this handover.</source>
        <translation>Aucun article n&apos;est compté lors de cette passation.</translation>
    </message>
    <message>
        <source>{number} closed: {out} handed over to {inc} at {end}.</source>
        <translation>{number} close : {out} a passé la main à {inc} à {end}.</translation>
    </message>
    <message>
        <source>Count {count} waits for approval on the Count page (a reason for each variance).</source>
        <translation>L&apos;inventaire {count} attend l&apos;approbation sur la page Inventaire (un motif pour chaque écart).</translation>
    </message>
    <message>
        <source>{n} item(s) are now counted at every handover at {site}.</source>
        <translation>{n} article(s) sont désormais comptés à chaque passation à {site}.</translation>
    </message>
    <message>
        <source>Handover {number} started. Count the lines, then close it.</source>
        <translation>Passation {number} commencée. Comptez les lignes, puis clôturez-la.</translation>
    </message>
    <message>
        <source>Type the counted figures in the Counted column first.</source>
        <translation>Saisissez d&apos;abord les chiffres comptés dans la colonne Compté.</translation>
    </message>
    <message>
        <source>Saved {n} counted line(s).</source>
        <translation>{n} ligne(s) comptée(s) enregistrée(s).</translation>
    </message>
    <message>
        <source>Handover {number} closed. Save the PDF and sign it together.</source>
        <translation>Passation {number} close. Enregistrez le PDF et signez-le ensemble.</translation>
    </message>
    <message>
        <source>Save the handover report</source>
        <translation>Enregistrer le rapport de passation</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Producing the handover report…</source>
        <translation>Production du rapport de passation…</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type a name or code, or scan</source>
        <extracomment>Enter was pressed on a known item (a scanner sends the code and Enter).</extracomment>
        <translation>Article : tapez un nom ou un code, ou scannez</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>How many kits</source>
        <translation>Combien de kits</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Per kit</source>
        <translation>Par kit</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Enough for</source>
        <translation>Suffisant pour</translation>
    </message>
    <message>
        <source>Assemble</source>
        <translation>Assembler</translation>
    </message>
    <message>
        <source>Take apart</source>
        <translation>Démonter</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <source>Assemble kits at {site}</source>
        <translation>Assembler des kits à {site}</translation>
    </message>
    <message>
        <source>Assembled {n} × {kit} at {site}.</source>
        <translation>{n} × {kit} assemblé(s) à {site}.</translation>
    </message>
    <message>
        <source>Took apart {n} × {kit} at {site}.</source>
        <translation>{n} × {kit} démonté(s) à {site}.</translation>
    </message>
</context>
<context>
    <name>LedgerCheckTab</name>
    <message>
        <source>Recomputing every balance from the ledger…</source>
        <extracomment>The words shown for each check while it runs, by the check&apos;s function name.</extracomment>
        <translation>Recalcul de chaque solde à partir du registre…</translation>
    </message>
    <message>
        <source>Checking that every entry is as HSP Desk wrote it…</source>
        <translation>Vérification que chaque écriture est telle que HSP Desk l&apos;a enregistrée…</translation>
    </message>
    <message>
        <source>Checking the hand-outs against the ledger…</source>
        <translation>Vérification des remises par rapport au registre…</translation>
    </message>
    <message>
        <source>The check recomputes every stock balance from the movements, and checks that nothing was changed outside HSP Desk. It only reads: hand-outs can go on while it runs. A routine check reads what was written since the last one (seconds); &quot;Check everything&quot; re-reads the whole ledger (about half a minute per million movements).</source>
        <translation>Le contrôle recalcule chaque solde de stock à partir des mouvements et vérifie que rien n&apos;a été modifié en dehors de HSP Desk. Il ne fait que lire : les remises peuvent continuer pendant qu&apos;il tourne. Un contrôle courant lit ce qui a été écrit depuis le dernier (quelques secondes) ; « Tout contrôler » relit tout le registre (environ une demi-minute par million de mouvements).</translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation>Contrôler le registre</translation>
    </message>
    <message>
        <source>Check everything</source>
        <translation>Tout contrôler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Arrêt du contrôle…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Le contrôle a été arrêté. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and every row and all {n} audit entries are as HSP Desk wrote them.</source>
        <translation>Aucun problème trouvé. Chaque solde correspond au registre, et chaque ligne et les {n} entrées du journal d&apos;audit sont telles que HSP Desk les a écrites.</translation>
    </message>
    <message>
        <source>No problem found. Every balance matches the ledger, and the {n} entries written since the last check ({when} UTC) are as HSP Desk wrote them.</source>
        <translation>Aucun problème trouvé. Chaque solde correspond au registre, et les {n} entrées écrites depuis le dernier contrôle ({when} UTC) sont telles que HSP Desk les a écrites.</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was changed. Each line says where. Keep recording as usual, and send this list to your branch manager: the database was changed outside HSP Desk (or damaged), and the backup from before the change can be restored on the &quot;Backup and restore&quot; tab.</source>
        <translation>{n} problème(s) trouvé(s) ; rien n&apos;a été modifié. Chaque ligne indique où. Continuez à enregistrer comme d&apos;habitude et envoyez cette liste à votre responsable de branche : la base de données a été modifiée en dehors de HSP Desk (ou endommagée), et la sauvegarde d&apos;avant la modification peut être restaurée dans l&apos;onglet « Sauvegarde et restauration ».</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Lot / batch (optional)</source>
        <translation>Lot (facultatif)</translation>
    </message>
    <message>
        <source>Only for items with an expiry date</source>
        <translation>Uniquement pour les articles avec une date de péremption</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter la ligne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Choose an item from the list first.</source>
        <translation>Choisissez d&apos;abord un article dans la liste.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Saisissez une quantité supérieure à 0.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HSP Desk: screen locked</source>
        <translation>HSP Desk : écran verrouillé</translation>
    </message>
    <message>
        <source>HSP Desk: sign in</source>
        <translation>HSP Desk : connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Se connecter sous un autre nom</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use.</source>
        <translation>L&apos;écran a été verrouillé après un moment sans utilisation.</translation>
    </message>
    <message>
        <source>Demo users: volunteer, coordinator, logistics, manager; password {pw}</source>
        <extracomment>How long a Python thread keeps the interpreter lock while another waits for it (the interpreter&apos;s default is 5 ms). The GUI thread takes the lock for every cell Qt paints; while a worker runs Python (a page read ahead, a report, an import), each take may wait the whole interval: stock card frames painted during a read ahead reached 50-54 ms.</extracomment>
        <translation>Utilisateurs de démonstration : volunteer, coordinator, logistics, manager ; mot de passe {pw}</translation>
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
        <translation>Le site où vous travaillez (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Connecté : {user} ({role})</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Not given</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Why the rule is set aside (never about the person)</source>
        <translation>Pourquoi la règle est écartée (jamais au sujet de la personne)</translation>
    </message>
    <message>
        <source>A coordinator may give it anyway, with a reason:</source>
        <translation>Un coordinateur peut tout de même le remettre, avec un motif :</translation>
    </message>
    <message>
        <source>Override and give</source>
        <translation>Passer outre et remettre</translation>
    </message>
    <message>
        <source>Only a coordinator may override this rule. Nothing was recorded.</source>
        <translation>Seul un coordinateur peut passer outre cette règle. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Do not give</source>
        <translation>Ne pas remettre</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Who delivered (optional)</source>
        <translation>Qui a livré (facultatif)</translation>
    </message>
    <message>
        <source>Note (optional), e.g. the delivery note number</source>
        <translation>Remarque (facultative), p. ex. le numéro du bon de livraison</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Record receipt (Ctrl+Enter)</source>
        <translation>Enregistrer la réception (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>(no donor)</source>
        <translation>(aucun donateur)</translation>
    </message>
    <message>
        <source>Receive goods at {site}</source>
        <translation>Recevoir des marchandises à {site}</translation>
    </message>
    <message>
        <source>Recorded {number}: {n} line(s) received at {site}.</source>
        <translation>{number} enregistré : {n} ligne(s) reçue(s) à {site}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All sites (branch managers)</source>
        <translation>Tous les sites (responsables de branche)</translation>
    </message>
    <message>
        <source>e.g. GRN-MNE-ROZAJE-2026-0007</source>
        <translation>p. ex. GRN-MNE-ROZAJE-2026-0007</translation>
    </message>
    <message>
        <source>Save report as…</source>
        <translation>Enregistrer le rapport sous…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Period (from, to)</source>
        <translation>Période (du, au)</translation>
    </message>
    <message>
        <source>Item (stock card)</source>
        <translation>Article (fiche de stock)</translation>
    </message>
    <message>
        <source>Document number (GRN, waybill)</source>
        <translation>Numéro de document (bon de réception, bordereau)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Reports for {site}</source>
        <translation>Rapports pour {site}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Producing the report…</source>
        <translation>Production du rapport…</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Per days</source>
        <translation>Par jours</translation>
    </message>
    <message>
        <source>× household</source>
        <translation>× ménage</translation>
    </message>
    <message>
        <source>Only with</source>
        <translation>Seulement avec</translation>
    </message>
    <message>
        <source>Times the household size</source>
        <translation>Multiplié par la taille du ménage</translation>
    </message>
    <message>
        <source>(every household)</source>
        <translation>(tous les ménages)</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Remove the chosen rule</source>
        <translation>Supprimer la règle choisie</translation>
    </message>
    <message>
        <source>Item or category</source>
        <translation>Article ou catégorie</translation>
    </message>
    <message>
        <source>Per (days)</source>
        <translation>Par (jours)</translation>
    </message>
    <message>
        <source>Only for a household with</source>
        <translation>Seulement pour un ménage avec</translation>
    </message>
    <message>
        <source>Add or change a rule</source>
        <translation>Ajouter ou modifier une règle</translation>
    </message>
    <message>
        <source>any {category} item</source>
        <translation>tout article de la catégorie {category}</translation>
    </message>
    <message>
        <source>Rule saved: at most {n} per {d} days for {what}.</source>
        <translation>Règle enregistrée : au plus {n} par {d} jours pour {what}.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Règle supprimée.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Lock the screen after (minutes without use)</source>
        <translation>Verrouiller l&apos;écran après (minutes sans utilisation)</translation>
    </message>
    <message>
        <source>Forget cards unseen for (days)</source>
        <translation>Oublier les cartes non vues depuis (jours)</translation>
    </message>
    <message>
        <source>The screen locks after this long without a key press or click; takes effect at the next sign-in.</source>
        <translation>L&apos;écran se verrouille après ce délai sans frappe ni clic ; prend effet à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Cards not seen for this long are purged; the distribution figures stay.</source>
        <translation>Les cartes non vues depuis ce délai sont effacées ; les chiffres de distribution restent.</translation>
    </message>
    <message>
        <source>Screens, reports and cards; takes effect when HSP Desk starts again.</source>
        <translation>Écrans, rapports et cartes ; prend effet au prochain démarrage de HSP Desk.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language follows the laptop&apos;s language, or HSP_DESK_LANG (e.g. fr, ar).</source>
        <translation>La langue suit celle de l&apos;ordinateur, ou HSP_DESK_LANG (p. ex. fr, ar).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Saved {n} setting(s).</source>
        <translation>{n} paramètre(s) enregistré(s).</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>Save reorder levels</source>
        <translation>Enregistrer les seuils</translation>
    </message>
    <message>
        <source>Reorder levels at {site}: an item at or below its level is low stock. Leave empty for none.</source>
        <translation>Seuils de réapprovisionnement à {site} : un article à son seuil ou en dessous est en stock bas. Laissez vide pour aucun.</translation>
    </message>
    <message>
        <source>Type a level in the Reorder level column first.</source>
        <translation>Saisissez d&apos;abord un seuil dans la colonne Seuil de réapprovisionnement.</translation>
    </message>
    <message>
        <source>Saved {n} reorder level(s) at {site}.</source>
        <translation>{n} seuil(s) enregistré(s) à {site}.</translation>
    </message>
</context>
<context>
    <name>StockCardModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Entrée / sortie</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Correction d&apos;inventaire</translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation>Assemblage de kits</translation>
    </message>
    <message>
        <source>Kit disassembly</source>
        <translation>Démontage de kits</translation>
    </message>
</context>
<context>
    <name>StockCardView</name>
    <message>
        <source>Back to stock (Esc)</source>
        <extracomment>Rows fetched per scroll step of the stock card.</extracomment>
        <translation>Retour au stock (Échap)</translation>
    </message>
    <message>
        <source>Stock card: {code}; reading…</source>
        <translation>Fiche de stock : {code} ; lecture…</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>Stock card: {name} ({code}) at {site}; on hand {qty} {unit}; {n} movements</source>
        <translation>Fiche de stock : {name} ({code}) à {site} ; en stock {qty} {unit} ; {n} mouvements</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter: type part of an item, category or site…</source>
        <translation>Filtre : tapez une partie d&apos;un article, d&apos;une catégorie ou d&apos;un site…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Only low stock, near expiry or running out</source>
        <translation>Seulement stock bas, péremption proche ou rupture imminente</translation>
    </message>
    <message>
        <source>Red, bold, with a warning sign: at or below the reorder level. Amber with an hourglass: expires within 30 days. Blue, bold: runs out within 7 days at the use of the last {days} days (Days left).</source>
        <translation>Rouge, gras, avec un signe d&apos;avertissement : au seuil de réapprovisionnement ou en dessous. Orangé avec un sablier : expire dans les 30 jours. Bleu, gras : épuisé dans les 7 jours au rythme des {days} derniers jours (Jours restants).</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the item&apos;s stock card</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour la fiche de stock de l&apos;article</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock on hand: all sites</source>
        <translation>Stock disponible : tous les sites</translation>
    </message>
    <message>
        <source>Stock on hand: {site}</source>
        <translation>Stock disponible : {site}</translation>
    </message>
    <message>
        <source>{n} items in stock; {low} low; {soon} near expiry; {out} run out within 7 days</source>
        <translation>{n} articles en stock ; {low} en stock bas ; {soon} proches de la péremption ; {out} épuisés dans les 7 jours</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Site</source>
        <extracomment>Lots expiring within this many days are &quot;near expiry&quot;. Items whose stock lasts this many days or less at the recent rate of use &quot;run out soon&quot;. translate(&quot;Context&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Péremption la plus proche</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>Days of stock left per (site code, item code); None: nothing was used lately.</extracomment>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Expires in {0} days</source>
        <translation>Expire dans {0} jours</translation>
    </message>
    <message>
        <source>Runs out in {0} days</source>
        <translation>Épuisé dans {0} jours</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Export a bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Households served beyond a rule on two laptops while offline (short household id only):</source>
        <translation>Ménages servis au-delà d&apos;une règle sur deux ordinateurs hors ligne (identifiant court du ménage seulement) :</translation>
    </message>
    <message>
        <source>This laptop: {device}. Last bundle exported: {last}. Changes recorded since: {n}. Bundles imported from {devices} other laptop(s); {held} held back.</source>
        <translation>Cet ordinateur : {device}. Dernier paquet exporté : {last}. Modifications enregistrées depuis : {n}. Paquets importés de {devices} autre(s) ordinateur(s) ; {held} en attente.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop yet: import the branch&apos;s key file with &apos;hsp-desk bundle key import FILE&apos;.</source>
        <translation>Il n&apos;y a pas encore de clé de branche sur cet ordinateur : importez le fichier de clé de la branche avec &apos;hsp-desk bundle key import FILE&apos;.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Collecting what this laptop recorded…</source>
        <translation>Collecte de ce que cet ordinateur a enregistré…</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle: no file was written.</source>
        <translation>Rien de nouveau depuis le dernier paquet : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Bundle #{seq} written to {path}: {n} row(s), {m} movement(s). Take it to the other laptop and import it there.</source>
        <translation>Paquet n°{seq} écrit dans {path} : {n} ligne(s), {m} mouvement(s). Apportez-le à l&apos;autre ordinateur et importez-le là-bas.</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>Export du paquet…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Checking the seal and importing…</source>
        <translation>Vérification du sceau et import…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Import du paquet…</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} was imported before: nothing changed.</source>
        <translation>Le paquet n°{seq} de {device} a déjà été importé : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} is held back until bundle(s) {missing} of that laptop are imported; it is then imported by itself.</source>
        <translation>Le paquet n°{seq} de {device} est mis en attente jusqu&apos;à l&apos;import du ou des paquet(s) {missing} de cet ordinateur ; il sera alors importé automatiquement.</translation>
    </message>
    <message>
        <source>Bundle #{seq} of {device} imported: {new} new row(s), {moves} movement(s); {updated} updated; {present} already here.</source>
        <translation>Paquet n°{seq} de {device} importé : {new} nouvelle(s) ligne(s), {moves} mouvement(s) ; {updated} mise(s) à jour ; {present} déjà présente(s).</translation>
    </message>
    <message>
        <source>{n} held bundle(s) were imported after it.</source>
        <translation>{n} paquet(s) en attente ont été importé(s) ensuite.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that wrote to the database finished: pages refresh what they show.</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Print new cards…</source>
        <extracomment>Set by tests and scripts to skip the Save-as dialog.</extracomment>
        <translation>Imprimer de nouvelles cartes…</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Nouvelles cartes</translation>
    </message>
    <message>
        <source>How many cards</source>
        <translation>Combien de cartes</translation>
    </message>
    <message>
        <source>Scan the old card, or type its code</source>
        <translation>Scannez l&apos;ancienne carte, ou tapez son code</translation>
    </message>
    <message>
        <source>Replace the lost card…</source>
        <translation>Remplacer la carte perdue…</translation>
    </message>
    <message>
        <source>Lost or damaged card</source>
        <translation>Carte perdue ou abîmée</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>Ancienne carte</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Anonymous cards at {site}</source>
        <translation>Cartes anonymes à {site}</translation>
    </message>
    <message>
        <source>Save the card sheet</source>
        <translation>Enregistrer la planche de cartes</translation>
    </message>
    <message>
        <source>{n} cards on {pages} page(s): {path}</source>
        <translation>{n} cartes sur {pages} page(s) : {path}</translation>
    </message>
    <message>
        <source>Printing cards…</source>
        <translation>Impression des cartes…</translation>
    </message>
    <message>
        <source>Save the new card</source>
        <translation>Enregistrer la nouvelle carte</translation>
    </message>
    <message>
        <source>The old card is revoked. New card {code} (same household): {path}</source>
        <translation>L&apos;ancienne carte est révoquée. Nouvelle carte {code} (même ménage) : {path}</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Note (optional): driver, vehicle…</source>
        <translation>Remarque (facultative) : chauffeur, véhicule…</translation>
    </message>
    <message>
        <source>Dispatch waybill (Ctrl+Enter)</source>
        <translation>Expédier le bordereau (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send goods</source>
        <translation>Envoyer des marchandises</translation>
    </message>
    <message>
        <source>To site</source>
        <translation>Vers le site</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Perdu en transit</translation>
    </message>
    <message>
        <source>Receive this waybill</source>
        <translation>Réceptionner ce bordereau</translation>
    </message>
    <message>
        <source>Choose a waybill; type what arrived in the Received column.</source>
        <translation>Choisissez un bordereau ; saisissez ce qui est arrivé dans la colonne Reçu.</translation>
    </message>
    <message>
        <source>Waybills in transit</source>
        <translation>Bordereaux en transit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Transfers from and to {site}</source>
        <translation>Transferts depuis et vers {site}</translation>
    </message>
    <message>
        <source>Waybill {number} dispatched to {site}; it is now in transit.</source>
        <translation>Bordereau {number} expédié vers {site} ; il est maintenant en transit.</translation>
    </message>
    <message>
        <source>Type what arrived in the Received column, then receive.</source>
        <translation>Saisissez ce qui est arrivé dans la colonne Reçu, puis réceptionnez.</translation>
    </message>
    <message>
        <source>This waybill goes to {site}: receive it there (choose that site at the top).</source>
        <translation>Ce bordereau va à {site} : réceptionnez-le là-bas (choisissez ce site en haut).</translation>
    </message>
    <message>
        <source>Waybill {number} received.</source>
        <translation>Bordereau {number} réceptionné.</translation>
    </message>
    <message>
        <source>{n} unit(s) lost in transit are recorded on the waybill.</source>
        <translation>{n} unité(s) perdue(s) en transit sont enregistrée(s) sur le bordereau.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqué jusqu&apos;à</translation>
    </message>
    <message>
        <source>e.g. amina.h</source>
        <translation>p. ex. amina.h</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password (8 or more)</source>
        <translation>Mot de passe (8 ou plus)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe à nouveau</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Choisissez un utilisateur dans la liste.</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Set this password</source>
        <translation>Définir ce mot de passe</translation>
    </message>
    <message>
        <source>Disable (cannot sign in)</source>
        <translation>Désactiver (ne peut plus se connecter)</translation>
    </message>
    <message>
        <source>Enable again</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>The chosen user</source>
        <translation>L&apos;utilisateur choisi</translation>
    </message>
    <message>
        <source>{user} is disabled.</source>
        <translation>{user} est désactivé.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>{user} peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>{user} ({name}), {role}</source>
        <translation>{user} ({name}), {role}</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe sont différents. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>{user} was added as {role}.</source>
        <translation>{user} a été ajouté comme {role}.</translation>
    </message>
    <message>
        <source>{user} is now {role}.</source>
        <translation>{user} est maintenant {role}.</translation>
    </message>
    <message>
        <source>{user} has a new password (and is no longer locked out).</source>
        <translation>{user} a un nouveau mot de passe (et n&apos;est plus bloqué).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>translate(&quot;errors&quot;, &quot;...&quot;) with literal text, so that pyside6-lupdate extracts it.</extracomment>
        <translation>Une erreur s&apos;est produite : {0}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>volunteer</source>
        <extracomment>The role names of domain.roles.LABELS, marked here for translation (the domain has no Qt).</extracomment>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>logistics officer</source>
        <translation>responsable logistique</translation>
    </message>
    <message>
        <source>branch manager</source>
        <translation>responsable de branche</translation>
    </message>
</context>
</TS>
