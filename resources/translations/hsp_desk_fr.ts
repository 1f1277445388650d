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
        <source>not used yet</source>
        <extracomment>A card&apos;s status in words (a revoked card is refused before it is shown).</extracomment>
        <translation>pas encore utilisée</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
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
        <source>; </source>
        <comment>between the parts of the card&apos;s line</comment>
        <translation> ; </translation>
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
    <message>
        <source>
  ... and {n} more</source>
        <translation>
  ... et {n} autre(s)</translation>
    </message>
    <message>
        <source>
... and {n} more.</source>
        <translation>
... et {n} autre(s).</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> le {day}</translation>
    </message>
    <message>
        <source> per household member ({limit} for {size})</source>
        <translation> par membre du ménage ({limit} pour un ménage de {size})</translation>
    </message>
    <message>
        <source>&apos;hsp-desk sites&apos; lists the sites; their codes start with it.</source>
        <translation>&apos;hsp-desk sites&apos; affiche la liste des sites ; leur code commence par celui de la Société nationale.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens keys&apos; lists them.</source>
        <translation>&apos;hsp-desk tokens keys&apos; en affiche la liste.</translation>
    </message>
    <message>
        <source>&apos;hsp-desk tokens rules&apos; lists them.</source>
        <translation>&apos;hsp-desk tokens rules&apos; en affiche la liste.</translation>
    </message>
    <message>
        <source>&apos;{band}&apos; is not an age band; use one of {bands}.</source>
        <translation>&apos;{band}&apos; n&apos;est pas une tranche d&apos;âge ; utilisez l&apos;une de celles-ci : {bands}.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an item category.</source>
        <translation>&apos;{category}&apos; n&apos;est pas une catégorie d&apos;articles.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; cannot be a deployment code.</source>
        <translation>&apos;{code}&apos; ne peut pas servir de code de déploiement.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag.</source>
        <translation>&apos;{flag}&apos; n&apos;est pas un critère connu.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is not a flag; use one of {flags}.</source>
        <translation>&apos;{flag}&apos; n&apos;est pas un critère connu ; utilisez l&apos;un de ceux-ci : {flags}.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not an adjustment reason.</source>
        <translation>&apos;{given}&apos; n&apos;est pas un motif d&apos;ajustement.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be imported.</source>
        <translation>&apos;{kind}&apos; ne peut pas être importé.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of count.</source>
        <translation>&apos;{kind}&apos; n&apos;est pas un type d&apos;inventaire.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .xlsx file name.</source>
        <translation>&apos;{name}&apos; n&apos;est ni un nom de fichier .pdf ni un nom de fichier .xlsx.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not one of {sexes} (female, male, other or not said).</source>
        <translation>&apos;{sex}&apos; ne fait pas partie de {sexes} (femme, homme, autre ou non précisé).</translation>
    </message>
    <message>
        <source>&apos;{site_type}&apos; is not a site type.</source>
        <translation>&apos;{site_type}&apos; n&apos;est pas un type de site.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger fingerprint.</source>
        <translation>&apos;{text}&apos; n&apos;est pas une empreinte du registre.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>, only for a household with: {flag}</source>
        <translation>, seulement pour un ménage avec : {flag}</translation>
    </message>
    <message>
        <source>A batch is 1 to {limit} cards.</source>
        <translation>Une série compte de 1 à {limit} cartes.</translation>
    </message>
    <message>
        <source>A branch name is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Un nom de branche compte de 1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A card code has letters and digits only, e.g. 7K3Q-M9XA-22FB-HC4D-Z. Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Un code de carte ne contient que des lettres et des chiffres, p. ex. 7K3Q-M9XA-22FB-HC4D-Z. Rien n&apos;a été enregistré. Scannez à nouveau le code QR, ou tapez le code imprimé en dessous.</translation>
    </message>
    <message>
        <source>A card code has {length} characters (16 and a last check character); this one has {typed}.</source>
        <translation>Un code de carte compte {length} caractères (16 plus un dernier caractère de contrôle) ; celui-ci en compte {typed}.</translation>
    </message>
    <message>
        <source>A coordinator can issue a new card. Nothing was recorded.</source>
        <translation>Un coordinateur peut délivrer une nouvelle carte. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A coordinator can undo an older one from the history.</source>
        <translation>Un coordinateur peut annuler une distribution plus ancienne depuis l&apos;historique.</translation>
    </message>
    <message>
        <source>A forecast over {days} days is not possible.</source>
        <translation>Une prévision sur {days} jours n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>A full count takes every item at the site.</source>
        <translation>Un inventaire complet porte sur tous les articles du site.</translation>
    </message>
    <message>
        <source>A goods received note needs at least one line.</source>
        <translation>Un bon de réception doit comporter au moins une ligne.</translation>
    </message>
    <message>
        <source>A hand-over to a card is for one household: no head count.</source>
        <translation>Une remise sur carte concerne un seul ménage : pas de nombre de personnes.</translation>
    </message>
    <message>
        <source>A hand-over without a card needs the number of people served.</source>
        <translation>Une remise sans carte nécessite le nombre de personnes servies.</translation>
    </message>
    <message>
        <source>A handover needs the incoming coordinator&apos;s name.</source>
        <translation>Une passation nécessite le nom du coordinateur entrant.</translation>
    </message>
    <message>
        <source>A handover needs the outgoing coordinator&apos;s name.</source>
        <translation>Une passation nécessite le nom du coordinateur sortant.</translation>
    </message>
    <message>
        <source>A handover report is saved as .pdf or .xlsx, not &apos;{given}&apos;.</source>
        <translation>Un rapport de passation s&apos;enregistre en .pdf ou en .xlsx, pas en &apos;{given}&apos;.</translation>
    </message>
    <message>
        <source>A household size is 1 to {most}.</source>
        <translation>La taille d&apos;un ménage va de 1 à {most}.</translation>
    </message>
    <message>
        <source>A partial count needs the items to count.</source>
        <translation>Un inventaire partiel nécessite la liste des articles à compter.</translation>
    </message>
    <message>
        <source>A passphrase for the branch key needs at least {min} characters.</source>
        <translation>Une phrase secrète pour la clé de branche doit compter au moins {min} caractères.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Un mot de passe doit compter au moins {min} caractères.</translation>
    </message>
    <message>
        <source>A quantity must be a whole number.</source>
        <translation>Une quantité doit être un nombre entier.</translation>
    </message>
    <message>
        <source>A quantity of 0 records nothing.</source>
        <translation>Une quantité de 0 n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>A quantity to issue must be above 0.</source>
        <translation>Une quantité à sortir du stock doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>A reorder level cannot be below 0.</source>
        <translation>Un seuil de réapprovisionnement ne peut pas être inférieur à 0.</translation>
    </message>
    <message>
        <source>A reorder level must be a whole number of 0 or more, not {level!r}.</source>
        <translation>Un seuil de réapprovisionnement doit être un nombre entier égal ou supérieur à 0, et non {level!r}.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>Une annulation nécessite un motif.</translation>
    </message>
    <message>
        <source>A rule needs a quantity above 0 and a period of 1 to 3660 days.</source>
        <translation>Une règle nécessite une quantité supérieure à 0 et une période de 1 à 3660 jours.</translation>
    </message>
    <message>
        <source>A site with the code {code} exists already.</source>
        <translation>Un site portant le code {code} existe déjà.</translation>
    </message>
    <message>
        <source>A stock card is for one item.</source>
        <translation>Une fiche de stock porte sur un seul article.</translation>
    </message>
    <message>
        <source>A stock card is for one site, or for all sites together.</source>
        <translation>Une fiche de stock porte sur un seul site, ou sur tous les sites ensemble.</translation>
    </message>
    <message>
        <source>A transfer must go to another site.</source>
        <translation>Un transfert doit aller vers un autre site.</translation>
    </message>
    <message>
        <source>A waybill needs at least one line.</source>
        <translation>Un bordereau doit comporter au moins une ligne.</translation>
    </message>
    <message>
        <source>A {kind} can only add to stock.</source>
        <translation>Un mouvement de type « {kind} » ne peut qu&apos;ajouter au stock.</translation>
    </message>
    <message>
        <source>A {kind} can only take from stock.</source>
        <translation>Un mouvement de type « {kind} » ne peut que retirer du stock.</translation>
    </message>
    <message>
        <source>Add more sites in Admin instead.</source>
        <translation>Ajoutez plutôt d&apos;autres sites dans Administration.</translation>
    </message>
    <message>
        <source>Add the donor to the catalogue first, or leave the donor empty.</source>
        <translation>Ajoutez d&apos;abord le donateur au catalogue, ou laissez le champ donateur vide.</translation>
    </message>
    <message>
        <source>Add the items received.</source>
        <translation>Ajoutez les articles reçus.</translation>
    </message>
    <message>
        <source>Add the items sent.</source>
        <translation>Ajoutez les articles envoyés.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (damaged, expired, lost, stolen, found or correction).</source>
        <translation>Un ajustement nécessite un motif (abîmé, périmé, perdu, volé, retrouvé ou correction).</translation>
    </message>
    <message>
        <source>An adjustment of 0 changes nothing.</source>
        <translation>Un ajustement de 0 ne change rien.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>Un article nécessite un code et un nom.</translation>
    </message>
    <message>
        <source>An item with the code {code} exists already.</source>
        <translation>Un article portant le code {code} existe déjà.</translation>
    </message>
    <message>
        <source>An override reason is at most {limit} characters.</source>
        <translation>Le motif pour passer outre compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Another laptop was changing the same stock at the same moment.</source>
        <translation>Un autre ordinateur modifiait le même stock au même moment.</translation>
    </message>
    <message>
        <source>Approve or cancel that count first.</source>
        <translation>Approuvez ou annulez d&apos;abord cet inventaire.</translation>
    </message>
    <message>
        <source>Ask for the person&apos;s new card. Nothing was recorded.</source>
        <translation>Demandez la nouvelle carte de la personne. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the pg_dump schedule.</source>
        <translation>Demandez à l&apos;administrateur du serveur le calendrier des sauvegardes pg_dump.</translation>
    </message>
    <message>
        <source>Ask your branch manager.</source>
        <translation>Adressez-vous à votre responsable de branche.</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed} and {more} more.</source>
        <translation>Le paquet {seq} de {device} retire plus de stock que cette base de données n&apos;en contient : {listed} et {more} autre(s).</translation>
    </message>
    <message>
        <source>Bundle {seq} of {device} takes out more stock than this database holds: {listed}.</source>
        <translation>Le paquet {seq} de {device} retire plus de stock que cette base de données n&apos;en contient : {listed}.</translation>
    </message>
    <message>
        <source>Cancelling a count needs a reason.</source>
        <translation>L&apos;annulation d&apos;un inventaire nécessite un motif.</translation>
    </message>
    <message>
        <source>Check both and try again; after 5 wrong passwords the account is locked for 5 minutes.</source>
        <translation>Vérifiez les deux et réessayez ; après 5 mots de passe erronés, le compte est bloqué pendant 5 minutes.</translation>
    </message>
    <message>
        <source>Check that both laptops run the same HSP Desk version. Nothing was imported.</source>
        <translation>Vérifiez que les deux ordinateurs utilisent la même version de HSP Desk. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Check that you chose the .hspsync file written by &apos;bundle export&apos;. Nothing was imported.</source>
        <translation>Vérifiez que vous avez choisi le fichier .hspsync écrit par &apos;bundle export&apos;. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Check the code against the card and type it again, or scan the QR code. Nothing was recorded.</source>
        <translation>Comparez le code avec la carte et tapez-le à nouveau, ou scannez le code QR. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Check the code on the card, e.g. 7K3Q-M9XA-22FB-HC4D-Z, and type it again. Nothing was recorded.</source>
        <translation>Vérifiez le code sur la carte, p. ex. 7K3Q-M9XA-22FB-HC4D-Z, et tapez-le à nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk items&apos; lists the catalogue.</source>
        <translation>Vérifiez le code ; &apos;hsp-desk items&apos; affiche le catalogue.</translation>
    </message>
    <message>
        <source>Check the code; &apos;hsp-desk sites&apos; lists them.</source>
        <translation>Vérifiez le code ; &apos;hsp-desk sites&apos; en affiche la liste.</translation>
    </message>
    <message>
        <source>Check the count number.</source>
        <translation>Vérifiez le numéro de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Vérifiez le nom du fichier et le dossier.</translation>
    </message>
    <message>
        <source>Check the id.</source>
        <translation>Vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Check the item code.</source>
        <translation>Vérifiez le code de l&apos;article.</translation>
    </message>
    <message>
        <source>Check the lot number and the date on the box.</source>
        <translation>Vérifiez le numéro de lot et la date sur le carton.</translation>
    </message>
    <message>
        <source>Check the lot number on the box.</source>
        <translation>Vérifiez le numéro de lot sur le carton.</translation>
    </message>
    <message>
        <source>Check the lot number on the box; goods of a new lot are received on a GRN.</source>
        <translation>Vérifiez le numéro de lot sur le carton ; les marchandises d&apos;un nouveau lot sont reçues sur un bon de réception (GRN).</translation>
    </message>
    <message>
        <source>Check the movement id.</source>
        <translation>Vérifiez l&apos;identifiant du mouvement.</translation>
    </message>
    <message>
        <source>Check the name of the backup file.</source>
        <translation>Vérifiez le nom du fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Check the number on the load sheet.</source>
        <translation>Vérifiez le numéro sur la feuille de chargement.</translation>
    </message>
    <message>
        <source>Check the number on the paper.</source>
        <translation>Vérifiez le numéro sur le document papier.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Check the quantity&apos;s sign.</source>
        <translation>Vérifiez le signe de la quantité.</translation>
    </message>
    <message>
        <source>Check the shift&apos;s start time.</source>
        <translation>Vérifiez l&apos;heure de début du service.</translation>
    </message>
    <message>
        <source>Check the times.</source>
        <translation>Vérifiez les heures.</translation>
    </message>
    <message>
        <source>Choose a file made by hsp-desk backup.</source>
        <translation>Choisissez un fichier créé par hsp-desk backup.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .xlsx.</source>
        <translation>Choisissez un nom de fichier se terminant par .pdf ou .xlsx.</translation>
    </message>
    <message>
        <source>Choose a longer one (a few words). Nothing was written.</source>
        <translation>Choisissez-en une plus longue (quelques mots). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Choose a longer one; a short sentence is easy to remember.</source>
        <translation>Choisissez-en un plus long ; une courte phrase est facile à retenir.</translation>
    </message>
    <message>
        <source>Choose a lot from the list.</source>
        <translation>Choisissez un lot dans la liste.</translation>
    </message>
    <message>
        <source>Choose a lot of the same item.</source>
        <translation>Choisissez un lot du même article.</translation>
    </message>
    <message>
        <source>Choose a new file name.</source>
        <translation>Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Choose a reason that fits, &apos;counting error&apos; or &apos;other&apos; with a note.</source>
        <translation>Choisissez un motif adapté, &apos;counting error&apos; (erreur de comptage) ou &apos;other&apos; (autre) avec une remarque.</translation>
    </message>
    <message>
        <source>Choose a shorter period or fewer sites.</source>
        <translation>Choisissez une période plus courte ou moins de sites.</translation>
    </message>
    <message>
        <source>Choose a site from the list.</source>
        <translation>Choisissez un site dans la liste.</translation>
    </message>
    <message>
        <source>Choose an item from the catalogue.</source>
        <translation>Choisissez un article dans le catalogue.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <translation>Choisissez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <source>Choose another code.</source>
        <translation>Choisissez un autre code.</translation>
    </message>
    <message>
        <source>Choose another number of cards.</source>
        <translation>Choisissez un autre nombre de cartes.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Choisissez un autre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Choisissez au moins un article.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <translation>Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <source>Choose one of: {languages}.</source>
        <translation>Choisissez parmi : {languages}.</translation>
    </message>
    <message>
        <source>Choose one of: {reports}.</source>
        <translation>Choisissez parmi : {reports}.</translation>
    </message>
    <message>
        <source>Choose one of: {roles}.</source>
        <translation>Choisissez parmi : {roles}.</translation>
    </message>
    <message>
        <source>Choose the file written by &apos;bundle key export&apos;. Nothing was changed.</source>
        <translation>Choisissez le fichier écrit par &apos;bundle key export&apos;. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Choose the reason and record it again.</source>
        <translation>Choisissez le motif et enregistrez à nouveau l&apos;ajustement.</translation>
    </message>
    <message>
        <source>Choose the receiving site.</source>
        <translation>Choisissez le site destinataire.</translation>
    </message>
    <message>
        <source>Close HSP Desk on this laptop (every window), then try again.</source>
        <translation>Fermez HSP Desk sur cet ordinateur (toutes les fenêtres), puis réessayez.</translation>
    </message>
    <message>
        <source>Compare each character with the card and type it again. Nothing was recorded.</source>
        <translation>Comparez chaque caractère avec la carte et tapez le code à nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Correct its components.</source>
        <translation>Corrigez ses composants.</translation>
    </message>
    <message>
        <source>Correct the kit&apos;s components.</source>
        <translation>Corrigez les composants du kit.</translation>
    </message>
    <message>
        <source>Correct the line and record the note again.</source>
        <translation>Corrigez la ligne et enregistrez à nouveau le bon de réception.</translation>
    </message>
    <message>
        <source>Correct these rows in the workbook and import it again.</source>
        <translation>Corrigez ces lignes dans le classeur et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Count every item that was loaded or is on board (0 if none is left). Nothing was recorded.</source>
        <translation>Comptez chaque article chargé ou à bord (0 s&apos;il n&apos;en reste aucun). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Count them (enter 0 for an empty shelf), or start a partial count instead.</source>
        <translation>Comptez-les (saisissez 0 pour une étagère vide), ou commencez plutôt un inventaire partiel.</translation>
    </message>
    <message>
        <source>Count {number} cannot be approved yet:
  - {problems}</source>
        <translation>L&apos;inventaire {number} ne peut pas encore être approuvé :
  - {problems}</translation>
    </message>
    <message>
        <source>Count {number} is {status}.</source>
        <translation>L&apos;inventaire {number} est à l&apos;état {status}.</translation>
    </message>
    <message>
        <source>Count {number}: the correction of {item} would take {requested} away, but only {on_hand} are on hand now at {site} (stock left after the line was counted).</source>
        <translation>Inventaire {number} : la correction de {item} retirerait {requested}, mais il n&apos;y en a plus que {on_hand} en stock à {site} (stock restant après le comptage de la ligne).</translation>
    </message>
    <message>
        <source>Create one with &apos;hsp-desk bundle key create --branch NAME&apos;.</source>
        <translation>Créez-en une avec &apos;hsp-desk bundle key create --branch NAME&apos;.</translation>
    </message>
    <message>
        <source>Define its components in the catalogue first.</source>
        <translation>Définissez d&apos;abord ses composants dans le catalogue.</translation>
    </message>
    <message>
        <source>Distribution {id} does not exist.</source>
        <translation>La distribution {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Do not hand anything over on it; nothing was recorded. If the card looks genuine, scan it again or type the code printed under the QR code.</source>
        <translation>Ne remettez rien sur cette carte ; rien n&apos;a été enregistré. Si la carte semble authentique, scannez-la à nouveau ou tapez le code imprimé sous le code QR.</translation>
    </message>
    <message>
        <source>Do not rename or delete the columns of the exported workbook.</source>
        <translation>Ne renommez pas et ne supprimez pas les colonnes du classeur exporté.</translation>
    </message>
    <message>
        <source>E.g. the branch&apos;s site code, MNE-PODGORICA. Nothing was written.</source>
        <translation>P. ex. le code du site de la branche, MNE-PODGORICA. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>End the output file name with .pdf or .xlsx.</source>
        <translation>Terminez le nom du fichier de sortie par .pdf ou .xlsx.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Saisissez 0 ou plus.</translation>
    </message>
    <message>
        <source>Enter a number from {minimum} to {maximum}.</source>
        <translation>Saisissez un nombre de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>Enter a number in that range.</source>
        <translation>Saisissez un nombre dans cette plage.</translation>
    </message>
    <message>
        <source>Enter a positive quantity.</source>
        <translation>Saisissez une quantité positive.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Saisissez une quantité supérieure à 0.</translation>
    </message>
    <message>
        <source>Enter a quantity between 0 and what was sent; extra goods go on a GRN.</source>
        <translation>Saisissez une quantité entre 0 et ce qui a été envoyé ; les marchandises en plus vont sur un bon de réception (GRN).</translation>
    </message>
    <message>
        <source>Enter at least one line.</source>
        <translation>Saisissez au moins une ligne.</translation>
    </message>
    <message>
        <source>Enter each line once (add the figures up first).</source>
        <translation>Saisissez chaque ligne une seule fois (additionnez d&apos;abord les chiffres).</translation>
    </message>
    <message>
        <source>Enter how many kits.</source>
        <translation>Indiquez combien de kits.</translation>
    </message>
    <message>
        <source>Enter it in the item&apos;s unit.</source>
        <translation>Saisissez-la dans l&apos;unité de l&apos;article.</translation>
    </message>
    <message>
        <source>Enter it in {unit}s.</source>
        <translation>Saisissez-le dans l&apos;unité de l&apos;article ({unit}).</translation>
    </message>
    <message>
        <source>Enter it.</source>
        <translation>Saisissez-le.</translation>
    </message>
    <message>
        <source>Enter the counted figures first.</source>
        <translation>Saisissez d&apos;abord les chiffres comptés.</translation>
    </message>
    <message>
        <source>Enter the name of the person taking over.</source>
        <translation>Saisissez le nom de la personne qui prend le relais.</translation>
    </message>
    <message>
        <source>Enter the number of units counted.</source>
        <translation>Saisissez le nombre d&apos;unités comptées.</translation>
    </message>
    <message>
        <source>Enter the quantity to add or remove.</source>
        <translation>Saisissez la quantité à ajouter ou à retirer.</translation>
    </message>
    <message>
        <source>Enter what is on the shelf.</source>
        <translation>Saisissez ce qu&apos;il y a sur l&apos;étagère.</translation>
    </message>
    <message>
        <source>Export the count workbook again and fill that in.</source>
        <translation>Exportez à nouveau le classeur d&apos;inventaire et remplissez celui-ci.</translation>
    </message>
    <message>
        <source>Fill in both.</source>
        <translation>Remplissez les deux.</translation>
    </message>
    <message>
        <source>Fill in one row per item or per line received, then import again.</source>
        <translation>Remplissez une ligne par article ou par ligne reçue, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>Fill in the &apos;Counted&apos; column first.</source>
        <translation>Remplissez d&apos;abord la colonne &apos;Counted&apos;.</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Remplissez-le.</translation>
    </message>
    <message>
        <source>For example MNE-ROZAJE.</source>
        <translation>Par exemple MNE-ROZAJE.</translation>
    </message>
    <message>
        <source>Full count {number}: {uncounted} line(s) are not counted yet.</source>
        <translation>Inventaire complet {number} : {uncounted} ligne(s) pas encore comptée(s).</translation>
    </message>
    <message>
        <source>Give a fitting reason for each variance (or recount), then approve again. Nothing was recorded.</source>
        <translation>Donnez un motif adapté pour chaque écart (ou recomptez), puis approuvez à nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Give a number of days (the setting&apos;s default is {default}).</source>
        <translation>Indiquez un nombre de jours (la valeur par défaut du paramètre est {default}).</translation>
    </message>
    <message>
        <source>Give its number (--number), e.g. GRN-MNE-WH-2026-0001.</source>
        <translation>Indiquez son numéro (--number), p. ex. GRN-MNE-WH-2026-0001.</translation>
    </message>
    <message>
        <source>Give one of: {allowed}; then approve again.</source>
        <translation>Indiquez l&apos;un de ces motifs : {allowed} ; puis approuvez à nouveau.</translation>
    </message>
    <message>
        <source>Give one site, or none for all sites.</source>
        <translation>Indiquez un seul site, ou aucun pour tous les sites.</translation>
    </message>
    <message>
        <source>Give the deployment code, e.g. the National Society&apos;s code.</source>
        <translation>Indiquez le code de déploiement, p. ex. le code de la Société nationale.</translation>
    </message>
    <message>
        <source>Give the item code (--item).</source>
        <translation>Indiquez le code de l&apos;article (--item).</translation>
    </message>
    <message>
        <source>Give the lot number of each figure.</source>
        <translation>Indiquez le numéro de lot de chaque chiffre.</translation>
    </message>
    <message>
        <source>Give the lot number on the box; a lot never received here goes on a GRN.</source>
        <translation>Indiquez le numéro de lot inscrit sur le carton ; un lot jamais reçu ici va sur un bon de réception (GRN).</translation>
    </message>
    <message>
        <source>Give the lot number with the reason.</source>
        <translation>Indiquez le numéro de lot avec le motif.</translation>
    </message>
    <message>
        <source>HSP Desk has no translation called {text!r}.</source>
        <translation>HSP Desk n&apos;a pas de traduction appelée {text!r}.</translation>
    </message>
    <message>
        <source>HSP Desk may not write the file.</source>
        <translation>HSP Desk n&apos;a pas le droit d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>HSP Desk may not write {file}.</source>
        <translation>HSP Desk n&apos;a pas le droit d&apos;écrire {file}.</translation>
    </message>
    <message>
        <source>Handover {number} is closed already.</source>
        <translation>La passation {number} est déjà close.</translation>
    </message>
    <message>
        <source>Import the branch&apos;s key file (&apos;hsp-desk bundle key import FILE&apos;), or create the branch&apos;s first key (&apos;hsp-desk bundle key create --branch NAME&apos;). No bundle was written.</source>
        <translation>Importez le fichier de clé de la branche (&apos;hsp-desk bundle key import FILE&apos;), ou créez la première clé de la branche (&apos;hsp-desk bundle key create --branch NAME&apos;). Aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>It can be received only once.</source>
        <translation>Il ne peut être réceptionné qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>It cannot be used here, and nothing was recorded. A coordinator can issue a card of this desk.</source>
        <translation>Elle ne peut pas être utilisée ici, et rien n&apos;a été enregistré. Un coordinateur peut délivrer une carte de cette installation HSP Desk.</translation>
    </message>
    <message>
        <source>Item {id} does not exist.</source>
        <translation>L&apos;article {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Its reversal is {reversal}.</source>
        <translation>Son annulation est le mouvement {reversal}.</translation>
    </message>
    <message>
        <source>Keep it on this laptop&apos;s own disk, or ask the branch for a shared PostgreSQL server.</source>
        <translation>Conservez-la sur le disque propre de cet ordinateur, ou demandez à la branche un serveur PostgreSQL partagé.</translation>
    </message>
    <message>
        <source>Kit {kit} cannot contain itself.</source>
        <translation>Le kit {kit} ne peut pas se contenir lui-même.</translation>
    </message>
    <message>
        <source>Kit {kit}: component {code} needs a quantity above 0.</source>
        <translation>Kit {kit} : le composant {code} nécessite une quantité supérieure à 0.</translation>
    </message>
    <message>
        <source>Known settings: {known}.</source>
        <translation>Paramètres connus : {known}.</translation>
    </message>
    <message>
        <source>Leave the head count empty, or hand over without a card.</source>
        <translation>Laissez le nombre de personnes vide, ou faites une remise sans carte.</translation>
    </message>
    <message>
        <source>Leave the items out, or make it a partial count.</source>
        <translation>N&apos;indiquez pas d&apos;articles, ou faites-en un inventaire partiel.</translation>
    </message>
    <message>
        <source>Load a vehicle only for a mobile site; use a transfer for fixed sites.</source>
        <translation>Ne chargez un véhicule que pour un site mobile ; utilisez un transfert pour les sites fixes.</translation>
    </message>
    <message>
        <source>Look at its reconciliation.</source>
        <translation>Consultez son rapprochement.</translation>
    </message>
    <message>
        <source>Lot {id} does not exist.</source>
        <translation>Le lot {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Lot {lot} of {item} was received before with expiry {before}, not {expiry}.</source>
        <translation>Le lot {lot} de {item} a déjà été reçu avec la date de péremption {before}, et non {expiry}.</translation>
    </message>
    <message>
        <source>Make another user branch manager first.</source>
        <translation>Nommez d&apos;abord un autre utilisateur responsable de branche.</translation>
    </message>
    <message>
        <source>Move it out of that folder (the default location is safe), or set HSP_DESK_DATA_DIR to a local folder.</source>
        <translation>Déplacez-la hors de ce dossier (l&apos;emplacement par défaut est sûr), ou faites pointer HSP_DESK_DATA_DIR vers un dossier local.</translation>
    </message>
    <message>
        <source>Movement {id} does not exist.</source>
        <translation>Le mouvement {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Name at least one item.</source>
        <translation>Indiquez au moins un article.</translation>
    </message>
    <message>
        <source>National Society code</source>
        <translation>code de la Société nationale</translation>
    </message>
    <message>
        <source>National Society name</source>
        <translation>nom de la Société nationale</translation>
    </message>
    <message>
        <source>No counted figures were given.</source>
        <translation>Aucun chiffre compté n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>No good backup was found. Ask your logistics officer for help before starting again with an empty database.</source>
        <translation>Aucune sauvegarde valide n&apos;a été trouvée. Demandez de l&apos;aide à votre responsable logistique avant de repartir d&apos;une base de données vide.</translation>
    </message>
    <message>
        <source>Not enough {item} at {site}: {requested}{unit} asked for, {on_hand}{unit} on hand.</source>
        <translation>Pas assez de {item} à {site} : {requested}{unit} demandé(s), {on_hand}{unit} en stock.</translation>
    </message>
    <message>
        <source>Not given. {why}</source>
        <translation>Non remis. {why}</translation>
    </message>
    <message>
        <source>Nothing has been counted on {number}.</source>
        <translation>Rien n&apos;a été compté sur {number}.</translation>
    </message>
    <message>
        <source>Nothing to hand over: no item was chosen.</source>
        <translation>Rien à remettre : aucun article n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your branch for the right key file.</source>
        <translation>Rien n&apos;a été modifié. Demandez le bon fichier de clé à votre branche.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again.</source>
        <translation>Rien n&apos;a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>Nothing was imported. Ask for a fresh copy of the bundle from the laptop that wrote it.</source>
        <translation>Rien n&apos;a été importé. Demandez une nouvelle copie du paquet à l&apos;ordinateur qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Nothing was imported. Cards must be signed with keys shared through the branch: import the branch&apos;s bundle on every laptop before issuing cards.</source>
        <translation>Rien n&apos;a été importé. Les cartes doivent être signées avec des clés partagées par la branche : importez le paquet de la branche sur chaque ordinateur avant de délivrer des cartes.</translation>
    </message>
    <message>
        <source>Nothing was imported. If it is your branch&apos;s, import the branch key first (&apos;hsp-desk bundle key import FILE&apos;).</source>
        <translation>Rien n&apos;a été importé. S&apos;il vient de votre branche, importez d&apos;abord la clé de branche (&apos;hsp-desk bundle key import FILE&apos;).</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the branch&apos;s bundle first, then this one again; if it still fails, send this message to your branch ({error}).</source>
        <translation>Rien n&apos;a été importé. Importez d&apos;abord le paquet de la branche, puis celui-ci à nouveau ; si l&apos;échec persiste, envoyez ce message à votre branche ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported. Record here what is missing first (the receipt, the transfer in, or a &apos;found&apos; adjustment at that site), or import the bundle that brings that stock, then import this bundle again.</source>
        <translation>Rien n&apos;a été importé. Enregistrez d&apos;abord ici ce qui manque (la réception, le transfert entrant, ou un ajustement &apos;found&apos; (retrouvé) sur ce site), ou importez le paquet qui apporte ce stock, puis importez à nouveau ce paquet-ci.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was recorded. A coordinator can issue the person a new card.</source>
        <translation>Rien n&apos;a été enregistré. Un coordinateur peut délivrer une nouvelle carte à la personne.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask a coordinator or your branch manager to do it, or to change your role.</source>
        <translation>Rien n&apos;a été enregistré. Demandez à un coordinateur ou à votre responsable de branche de le faire, ou de changer votre rôle.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask the coordinator on shift to approve it.</source>
        <translation>Rien n&apos;a été enregistré. Demandez au coordinateur de service de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Ask your logistics officer to check the folder where the database is kept, then start HSP Desk again.</source>
        <translation>Rien n&apos;a été enregistré. Demandez à votre responsable logistique de vérifier le dossier où se trouve la base de données, puis redémarrez HSP Desk.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check that the disk or USB stick that holds it is still connected, then start HSP Desk again. If it happens again, the disk may be failing: restore the newest backup on another disk (Admin, Backup and restore).</source>
        <translation>Rien n&apos;a été enregistré. Vérifiez que le disque ou la clé USB qui la contient est toujours branché, puis redémarrez HSP Desk. Si cela se reproduit, le disque est peut-être défaillant : restaurez la sauvegarde la plus récente sur un autre disque (Administration, Sauvegarde et restauration).</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the quantity.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez la quantité.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Give less, or a coordinator may override with a reason.</source>
        <translation>Rien n&apos;a été enregistré. Remettez moins, ou un coordinateur peut passer outre avec un motif.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Lower the quantity, or record the delivery that is missing first.</source>
        <translation>Rien n&apos;a été enregistré. Réduisez la quantité, ou enregistrez d&apos;abord la livraison manquante.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Reopen the count and count that item again, then approve.</source>
        <translation>Rien n&apos;a été enregistré. Rouvrez l&apos;inventaire et recomptez cet article, puis approuvez.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan the QR code again, or type the code printed under it.</source>
        <translation>Rien n&apos;a été enregistré. Scannez à nouveau le code QR, ou tapez le code imprimé en dessous.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again.</source>
        <translation>Rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Update HSP Desk on this laptop, or type the code printed under the QR code.</source>
        <translation>Rien n&apos;a été enregistré. Mettez à jour HSP Desk sur cet ordinateur, ou tapez le code imprimé sous le code QR.</translation>
    </message>
    <message>
        <source>Nothing was recorded; what was recorded before is safe. Free some space on that disk (empty the recycle bin, move old reports or backups to a USB stick), then record it again.</source>
        <translation>Rien n&apos;a été enregistré ; ce qui l&apos;a été avant est en sécurité. Libérez de la place sur ce disque (videz la corbeille, déplacez d&apos;anciens rapports ou sauvegardes sur une clé USB), puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder, such as Documents, or unlock the USB stick, then try again.</source>
        <translation>Rien n&apos;a été enregistré. Choisissez un autre dossier, par exemple Documents, ou déverrouillez la clé USB, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was saved. Free some space (empty the recycle bin, move old reports or backups to a USB stick), then try again.</source>
        <translation>Rien n&apos;a été enregistré. Libérez de la place (videz la corbeille, déplacez d&apos;anciens rapports ou sauvegardes sur une clé USB), puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was saved. If the file is open in another program (Excel, a PDF reader), close it; or choose another folder, such as Documents. Then try again.</source>
        <translation>Rien n&apos;a été enregistré. Si le fichier est ouvert dans un autre programme (Excel, un lecteur PDF), fermez-le ; ou choisissez un autre dossier, par exemple Documents. Puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>Rien n&apos;a été scanné ni tapé.</translation>
    </message>
    <message>
        <source>Only a count that is {states} can do this.</source>
        <translation>Seul un inventaire à l&apos;état {states} permet cela.</translation>
    </message>
    <message>
        <source>Put the {kind} in a sheet named &apos;{wanted}&apos; under a header row.</source>
        <translation>Placez les données « {kind} » dans une feuille nommée &apos;{wanted}&apos;, sous une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Read the date on the box and enter it.</source>
        <translation>Lisez la date sur le carton et saisissez-la.</translation>
    </message>
    <message>
        <source>Record goods that came without a waybill as a receipt (GRN).</source>
        <translation>Enregistrez les marchandises arrivées sans bordereau comme une réception (GRN).</translation>
    </message>
    <message>
        <source>Record that trip&apos;s return first.</source>
        <translation>Enregistrez d&apos;abord le retour de cette tournée.</translation>
    </message>
    <message>
        <source>Record the hand-over again instead.</source>
        <translation>Enregistrez plutôt la remise à nouveau.</translation>
    </message>
    <message>
        <source>Restore a backup with: hsp-desk restore FILE. To start with an empty database instead, move the backups folder away.</source>
        <translation>Restaurez une sauvegarde avec : hsp-desk restore FILE. Pour repartir plutôt d&apos;une base de données vide, déplacez ailleurs le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (Admin, Backup).</source>
        <translation>Restaurez la sauvegarde valide la plus récente (Administration, Sauvegarde et restauration).</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({newest}) with: hsp-desk restore --latest. To start with an empty database instead, move the backups folder away.</source>
        <translation>Restaurez la sauvegarde valide la plus récente ({newest}) avec : hsp-desk restore --latest. Pour repartir plutôt d&apos;une base de données vide, déplacez ailleurs le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Run &apos;hsp-desk verify&apos;. No bundle was written.</source>
        <translation>Lancez &apos;hsp-desk verify&apos;. Aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Save it from Excel as &apos;Excel Workbook (.xlsx)&apos;, or start from the template (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</source>
        <translation>Enregistrez-le depuis Excel au format &apos;Classeur Excel (.xlsx)&apos;, ou partez du modèle (&apos;hsp-desk import template {kind} --out template.xlsx&apos;).</translation>
    </message>
    <message>
        <source>Say briefly why the rule is set aside; never write about the person.</source>
        <translation>Indiquez brièvement pourquoi la règle est écartée ; n&apos;écrivez jamais rien sur la personne.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Indiquez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Indiquez pourquoi il est annulé.</translation>
    </message>
    <message>
        <source>Say why it was wrong.</source>
        <translation>Indiquez pourquoi elle était erronée.</translation>
    </message>
    <message>
        <source>Say why the entry was wrong.</source>
        <translation>Indiquez pourquoi l&apos;écriture était erronée.</translation>
    </message>
    <message>
        <source>Scan the person&apos;s card, or give a head count (e.g. 30 for a group).</source>
        <translation>Scannez la carte de la personne, ou indiquez un nombre de personnes (p. ex. 30 pour un groupe).</translation>
    </message>
    <message>
        <source>See `hsp-desk users list`.</source>
        <translation>Voir `hsp-desk users list`.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has a header row but no data rows.</source>
        <translation>La feuille &apos;{sheet}&apos; a une ligne d&apos;en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; lacks the columns {columns}.</source>
        <translation>Il manque à la feuille &apos;{sheet}&apos; les colonnes {columns}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {name} is empty.</source>
        <translation>Dans {name}, la feuille &apos;{sheet}&apos; est vide.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {message}</source>
        <translation>Feuille &apos;{sheet}&apos;, ligne {row} : {message}</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Sign in as a branch manager and add the user.</source>
        <translation>Connectez-vous en tant que responsable de branche et ajoutez l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>Le site {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Start a new handover.</source>
        <translation>Commencez une nouvelle passation.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be added.</source>
        <translation>Le motif &apos;{state}&apos; ne permet pas d&apos;ajouter du stock.</translation>
    </message>
    <message>
        <source>Stock that is {state} cannot be removed.</source>
        <translation>Le motif &apos;{state}&apos; ne permet pas de retirer du stock.</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>Inversez les deux dates.</translation>
    </message>
    <message>
        <source>The account {user} is disabled.</source>
        <translation>Le compte {user} est désactivé.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>La copie de sauvegarde n&apos;a pas passé la vérification ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}).</source>
        <translation>La sauvegarde {name} est endommagée ({problem}).</translation>
    </message>
    <message>
        <source>The card key {key_id} of this bundle differs from this database&apos;s key of the same name: the laptops created their card keys separately.</source>
        <translation>La clé de cartes {key_id} de ce paquet diffère de la clé du même nom dans cette base de données : les ordinateurs ont créé leurs clés de cartes séparément.</translation>
    </message>
    <message>
        <source>The code typed has a mistake: its last character does not match the others.</source>
        <translation>Le code tapé contient une erreur : son dernier caractère ne correspond pas aux autres.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est erroné.</translation>
    </message>
    <message>
        <source>The database cannot be written to: its file or folder is read-only.</source>
        <translation>Impossible d&apos;écrire dans la base de données : son fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The database itself may be damaged: run hsp-desk verify.</source>
        <translation>La base de données elle-même est peut-être endommagée : lancez hsp-desk verify.</translation>
    </message>
    <message>
        <source>The database refers to {table} rows it does not hold.</source>
        <translation>La base de données fait référence à des lignes de {table} qu&apos;elle ne contient pas.</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({detail}). It was moved aside to {moved}, and nothing was deleted.</source>
        <translation>La base de données {file} est endommagée ({detail}). Elle a été mise de côté dans {moved}, et rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The database {file} is missing, but earlier copies of it exist, so an empty one was not created in its place.</source>
        <translation>La base de données {file} est introuvable, mais des copies antérieures existent ; aucune base vide n&apos;a donc été créée à sa place.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), so it was not backed up.</source>
        <translation>La base de données {path} est endommagée ({problem}) ; elle n&apos;a donc pas été sauvegardée.</translation>
    </message>
    <message>
        <source>The database {path} is inside a cloud-sync folder, which corrupts it.</source>
        <translation>La base de données {path} se trouve dans un dossier synchronisé avec le cloud, ce qui l&apos;endommage.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where it can be corrupted.</source>
        <translation>La base de données {path} se trouve sur un partage réseau, où elle peut être endommagée.</translation>
    </message>
    <message>
        <source>The disk did not let HSP Desk read or write the database (a disk I/O error).</source>
        <translation>Le disque n&apos;a pas permis à HSP Desk de lire ou d&apos;écrire la base de données (erreur d&apos;entrée/sortie du disque).</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written.</source>
        <translation>Le disque est plein : le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written.</source>
        <translation>Le disque est plein : {file} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full.</source>
        <translation>Le disque qui contient la base de données est plein.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>Le nom affiché dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook ({error}).</source>
        <translation>Le fichier n&apos;est pas un classeur Excel ({error}).</translation>
    </message>
    <message>
        <source>The file is on a disk that cannot be written to (read-only).</source>
        <translation>Le fichier se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>The incoming and outgoing coordinators are the same person.</source>
        <translation>Le coordinateur entrant et le coordinateur sortant sont la même personne.</translation>
    </message>
    <message>
        <source>The last distribution has already been undone.</source>
        <translation>La dernière distribution a déjà été annulée.</translation>
    </message>
    <message>
        <source>The lot chosen belongs to another item.</source>
        <translation>Le lot choisi appartient à un autre article.</translation>
    </message>
    <message>
        <source>The newest good backup is {newest} (taken {taken} UTC). Restore it with: hsp-desk restore --latest</source>
        <translation>La sauvegarde valide la plus récente est {newest} (prise le {taken} UTC). Restaurez-la avec : hsp-desk restore --latest</translation>
    </message>
    <message>
        <source>The number of kits must be above 0.</source>
        <translation>Le nombre de kits doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>La phrase secrète est erronée, ou le fichier de clé a été modifié.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The quantity of {code} must be a whole number above 0.</source>
        <translation>La quantité de {code} doit être un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>The quantity of {code} must be above 0, not {qty}.</source>
        <translation>La quantité de {code} doit être supérieure à 0, et non {qty}.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of days above 0, not {days!r}.</source>
        <translation>La durée de conservation doit être un nombre entier de jours supérieur à 0, et non {days!r}.</translation>
    </message>
    <message>
        <source>The shift cannot end before it started.</source>
        <translation>Le service ne peut pas se terminer avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>The shift cannot start after the handover.</source>
        <translation>Le service ne peut pas commencer après la passation.</translation>
    </message>
    <message>
        <source>The site code &apos;{code}&apos; may only hold letters, digits and dashes.</source>
        <translation>Le code de site &apos;{code}&apos; ne peut contenir que des lettres, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>The user name {name!r} is taken.</source>
        <translation>Le nom d&apos;utilisateur {name!r} est déjà pris.</translation>
    </message>
    <message>
        <source>The workbook has no counted figures.</source>
        <translation>Le classeur ne contient aucun chiffre compté.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos;.</source>
        <translation>Le classeur n&apos;a pas de feuille &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>The {field} is empty.</source>
        <translation>Le champ « {field} » est vide.</translation>
    </message>
    <message>
        <source>There is no National Society with the code &apos;{code}&apos;.</source>
        <translation>Il n&apos;y a pas de Société nationale avec le code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no branch key on this laptop, so bundles cannot be sealed.</source>
        <translation>Il n&apos;y a pas de clé de branche sur cet ordinateur ; les paquets ne peuvent donc pas être scellés.</translation>
    </message>
    <message>
        <source>There is no branch key to export.</source>
        <translation>Il n&apos;y a pas de clé de branche à exporter.</translation>
    </message>
    <message>
        <source>There is no card key &apos;{key}&apos;.</source>
        <translation>Il n&apos;y a pas de clé de cartes &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>There is no card key yet, so no deployment code to reuse.</source>
        <translation>Il n&apos;y a pas encore de clé de cartes, donc aucun code de déploiement à réutiliser.</translation>
    </message>
    <message>
        <source>There is no card with this code in this database.</source>
        <translation>Il n&apos;y a pas de carte avec ce code dans cette base de données.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Il n&apos;y a pas de base de données à sauvegarder à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>There is no document numbered &apos;{number}&apos;.</source>
        <translation>Il n&apos;y a pas de document portant le numéro &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no donor with the code &apos;{code}&apos;.</source>
        <translation>Il n&apos;y a pas de donateur avec le code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no goods received note numbered &apos;{number}&apos;.</source>
        <translation>Il n&apos;y a pas de bon de réception portant le numéro &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no handover numbered &apos;{number}&apos;.</source>
        <translation>Il n&apos;y a pas de passation portant le numéro &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no item with the code or barcode &apos;{code}&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;article avec le code ou le code-barres &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no mobile trip numbered &apos;{number}&apos;.</source>
        <translation>Il n&apos;y a pas de tournée mobile portant le numéro &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no report called &apos;{name}&apos;.</source>
        <translation>Il n&apos;y a pas de rapport appelé &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no rule for &apos;{target}&apos;.</source>
        <translation>Il n&apos;y a pas de règle pour &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Il n&apos;y a pas de paramètre appelé {key!r}.</translation>
    </message>
    <message>
        <source>There is no site with the code &apos;{code}&apos;.</source>
        <translation>Il n&apos;y a pas de site avec le code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>There is no user called {name!r}.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur appelé {name!r}.</translation>
    </message>
    <message>
        <source>There is no waybill numbered &apos;{number}&apos;.</source>
        <translation>Il n&apos;y a pas de bordereau portant le numéro &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>There is no {kind} numbered &apos;{number}&apos;.</source>
        <translation>Il n&apos;y a pas de document {kind} portant le numéro &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>This QR code was not read completely, or the card was altered.</source>
        <translation>Ce code QR n&apos;a pas été lu entièrement, ou la carte a été modifiée.</translation>
    </message>
    <message>
        <source>This branch key has the wrong length.</source>
        <translation>Cette clé de branche n&apos;a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>This bundle does not fit this database: it refers to rows it does not carry, or clashes with rows here.</source>
        <translation>Ce paquet ne correspond pas à cette base de données : il fait référence à des lignes qu&apos;il ne contient pas, ou entre en conflit avec des lignes présentes ici.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was written, or was made for another branch.</source>
        <translation>Ce paquet a été modifié après son écriture, ou a été créé pour une autre branche.</translation>
    </message>
    <message>
        <source>This bundle was sealed with the key {key_id} of &apos;{branch}&apos;, which this laptop does not have: it was made for another branch.</source>
        <translation>Ce paquet a été scellé avec la clé {key_id} de &apos;{branch}&apos;, que cet ordinateur ne possède pas : il a été créé pour une autre branche.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version!r}, which this version of HSP Desk cannot read.</source>
        <translation>Ce paquet a été écrit au format {version!r}, que cette version de HSP Desk ne peut pas lire.</translation>
    </message>
    <message>
        <source>This bundle was written in format {version}, which this version of HSP Desk cannot read.</source>
        <translation>Ce paquet a été écrit au format {version}, que cette version de HSP Desk ne peut pas lire.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not fit this version of HSP Desk ({detail}).</source>
        <translation>Le contenu de ce paquet ne correspond pas à cette version de HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This card failed the authenticity check: it was altered, damaged or made up.</source>
        <translation>Cette carte n&apos;a pas passé le contrôle d&apos;authenticité : elle a été modifiée, abîmée ou fabriquée.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of HSP Desk ({version}).</source>
        <translation>Cette carte a été créée par une version plus récente de HSP Desk ({version}).</translation>
    </message>
    <message>
        <source>This card was not issued by this desk (issuer {issuer}): it belongs to another organisation or another HSP Desk installation.</source>
        <translation>Cette carte n&apos;a pas été délivrée par cette installation (émetteur {issuer}) : elle appartient à une autre organisation ou à une autre installation de HSP Desk.</translation>
    </message>
    <message>
        <source>This card was replaced by a new card{when} and is no longer valid.</source>
        <translation>Cette carte a été remplacée{when} par une nouvelle carte et n&apos;est plus valable.</translation>
    </message>
    <message>
        <source>This card was withdrawn{when} and is no longer valid.</source>
        <translation>Cette carte a été retirée{when} et n&apos;est plus valable.</translation>
    </message>
    <message>
        <source>This card&apos;s key ({key}) has been withdrawn, so the card is no longer accepted.</source>
        <translation>La clé de cette carte ({key}) a été retirée ; la carte n&apos;est donc plus acceptée.</translation>
    </message>
    <message>
        <source>This database already has a different branch key called {key_id}.</source>
        <translation>Cette base de données a déjà une autre clé de branche appelée {key_id}.</translation>
    </message>
    <message>
        <source>This database already has users, so the first user cannot be made again.</source>
        <translation>Cette base de données a déjà des utilisateurs ; le premier utilisateur ne peut donc pas être créé à nouveau.</translation>
    </message>
    <message>
        <source>This database already holds sites, so the demo was not added.</source>
        <translation>Cette base de données contient déjà des sites ; la démonstration n&apos;a donc pas été ajoutée.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Cette base de données est déjà configurée.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, whose backups are the server&apos;s job: use pg_dump (and pg_restore to bring one back), scheduled on the server.</source>
        <translation>Cette base de données est sur un serveur PostgreSQL, dont les sauvegardes sont l&apos;affaire du serveur : utilisez pg_dump (et pg_restore pour en restaurer une), planifié sur le serveur.</translation>
    </message>
    <message>
        <source>This distribution has already been undone.</source>
        <translation>Cette distribution a déjà été annulée.</translation>
    </message>
    <message>
        <source>This entry is itself an undo.</source>
        <translation>Cette écriture est elle-même une annulation.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk branch key.</source>
        <translation>Ce fichier n&apos;est pas une clé de branche HSP Desk.</translation>
    </message>
    <message>
        <source>This file is not an HSP Desk sync bundle ({detail}).</source>
        <translation>Ce fichier n&apos;est pas un paquet de synchronisation HSP Desk ({detail}).</translation>
    </message>
    <message>
        <source>This is not a card code: {chars} cannot be in one.</source>
        <translation>Ce n&apos;est pas un code de carte : un code de carte ne peut pas contenir {chars}.</translation>
    </message>
    <message>
        <source>This is not an HSP Desk card: it may be a product barcode or another organisation&apos;s code.</source>
        <translation>Ce n&apos;est pas une carte HSP Desk : il peut s&apos;agir du code-barres d&apos;un produit ou du code d&apos;une autre organisation.</translation>
    </message>
    <message>
        <source>This laptop has recorded no distribution at {site}.</source>
        <translation>Cet ordinateur n&apos;a enregistré aucune distribution à {site}.</translation>
    </message>
    <message>
        <source>This movement has already been reversed.</source>
        <translation>Ce mouvement a déjà été annulé.</translation>
    </message>
    <message>
        <source>This movement is itself a reversal.</source>
        <translation>Ce mouvement est lui-même une annulation.</translation>
    </message>
    <message>
        <source>This spreadsheet would be larger than 4 GB.</source>
        <translation>Ce classeur dépasserait 4 Go.</translation>
    </message>
    <message>
        <source>To restore what it voided, record the original entry again.</source>
        <translation>Pour rétablir ce qu&apos;il a annulé, enregistrez à nouveau l&apos;écriture d&apos;origine.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes.</source>
        <translation>Trop de mots de passe erronés : le compte {user} est bloqué pendant {minutes} minutes.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minute(s).</source>
        <translation>Trop de mots de passe erronés : le compte {user} est encore bloqué pendant {minutes} minute(s).</translation>
    </message>
    <message>
        <source>Trip {trip} has returned already.</source>
        <translation>La tournée {trip} est déjà rentrée.</translation>
    </message>
    <message>
        <source>Trip {trip}: {items} not counted on return.</source>
        <translation>Tournée {trip} : {items} non compté(s) au retour.</translation>
    </message>
    <message>
        <source>Type it as printed on the report: the entry number, a colon, then the {n} letters and digits, e.g. 12345:3fa2 9c1d 77b0 e412.</source>
        <translation>Tapez-la telle qu&apos;elle est imprimée sur le rapport : le numéro d&apos;entrée, deux-points, puis les {n} lettres et chiffres, p. ex. 12345:3fa2 9c1d 77b0 e412.</translation>
    </message>
    <message>
        <source>Type the passphrase again. Nothing was changed.</source>
        <translation>Tapez à nouveau la phrase secrète. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Undoing an older distribution needs a reason.</source>
        <translation>L&apos;annulation d&apos;une distribution plus ancienne nécessite un motif.</translation>
    </message>
    <message>
        <source>Update HSP Desk on this laptop, then import it again. Nothing was imported.</source>
        <translation>Mettez à jour HSP Desk sur cet ordinateur, puis importez-le à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Use &apos;found&apos; to add stock, &apos;damaged&apos;, &apos;expired&apos;, &apos;lost&apos; or &apos;stolen&apos; to remove it, or &apos;correction&apos; for either.</source>
        <translation>Utilisez &apos;found&apos; (retrouvé) pour ajouter du stock, &apos;damaged&apos; (abîmé), &apos;expired&apos; (périmé), &apos;lost&apos; (perdu) ou &apos;stolen&apos; (volé) pour en retirer, ou &apos;correction&apos; dans les deux cas.</translation>
    </message>
    <message>
        <source>Use &apos;full&apos; or &apos;partial&apos;.</source>
        <translation>Utilisez &apos;full&apos; (complet) ou &apos;partial&apos; (partiel).</translation>
    </message>
    <message>
        <source>Use 1 day or more.</source>
        <translation>Utilisez 1 jour ou plus.</translation>
    </message>
    <message>
        <source>Use 1 to 10 letters or digits, e.g. the National Society&apos;s code (MNE).</source>
        <translation>Utilisez de 1 à 10 lettres ou chiffres, p. ex. le code de la Société nationale (MNE).</translation>
    </message>
    <message>
        <source>Use a new database file (--database-url) for the demo.</source>
        <translation>Utilisez un nouveau fichier de base de données (--database-url) pour la démonstration.</translation>
    </message>
    <message>
        <source>Use one of: {allowed}.</source>
        <translation>Utilisez l&apos;une de ces valeurs : {allowed}.</translation>
    </message>
    <message>
        <source>Use one of: {categories}.</source>
        <translation>Utilisez l&apos;une de ces catégories : {categories}.</translation>
    </message>
    <message>
        <source>Use one of: {flags}.</source>
        <translation>Utilisez l&apos;un de ces critères : {flags}.</translation>
    </message>
    <message>
        <source>Use the workbook exported for this count.</source>
        <translation>Utilisez le classeur exporté pour cet inventaire.</translation>
    </message>
    <message>
        <source>Use up to 64 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit (for example &apos;amina.k&apos;).</source>
        <translation>Utilisez jusqu&apos;à 64 lettres a-z, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre (par exemple &apos;amina.k&apos;).</translation>
    </message>
    <message>
        <source>Wait, or ask your branch manager to set a new password.</source>
        <translation>Patientez, ou demandez à votre responsable de branche de définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Waybill {number} is {status}, not in transit.</source>
        <translation>Le bordereau {number} est à l&apos;état {status}, et non en transit.</translation>
    </message>
    <message>
        <source>Which GRN?</source>
        <translation>Quel bon de réception (GRN) ?</translation>
    </message>
    <message>
        <source>Which waybill?</source>
        <translation>Quel bordereau ?</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>a branch manager</source>
        <translation>responsable de branche</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>a logistics officer</source>
        <translation>responsable logistique</translation>
    </message>
    <message>
        <source>a row of {table} has no key</source>
        <translation>une ligne de {table} n&apos;a pas de clé</translation>
    </message>
    <message>
        <source>a value of {table} cannot be read</source>
        <translation>une valeur de {table} est illisible</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>adjust stock or check the ledger</source>
        <translation>ajuster le stock ou vérifier le registre</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>an item with the code {code} exists already</source>
        <translation>un article portant le code {code} existe déjà</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>barcode {barcode} belongs to another item already</source>
        <translation>le code-barres {barcode} appartient déjà à un autre article</translation>
    </message>
    <message>
        <source>barcode {barcode} is also on row {row}</source>
        <translation>le code-barres {barcode} figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>category &apos;{category}&apos; is not one of {categories}</source>
        <translation>la catégorie &apos;{category}&apos; n&apos;est pas l&apos;une des suivantes : {categories}</translation>
    </message>
    <message>
        <source>change settings or rules</source>
        <translation>modifier les paramètres ou les règles</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>modifier le catalogue</translation>
    </message>
    <message>
        <source>child in the household</source>
        <translation>enfant dans le ménage</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; must be up to 32 letters, digits, - . _ or /</source>
        <translation>le code &apos;{code}&apos; doit compter au plus 32 caractères : lettres, chiffres, - . _ ou /</translation>
    </message>
    <message>
        <source>code {code} is also on row {row}</source>
        <translation>le code {code} figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>count correction</source>
        <translation>correction d&apos;inventaire</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>compter le stock</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>en-tête endommagé</translation>
    </message>
    <message>
        <source>damaged {table}</source>
        <translation>table {table} endommagée</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date (write it as 2026-03-31 or 31.03.2026)</source>
        <translation>la date &apos;{date}&apos; n&apos;est pas une date valide (écrivez-la sous la forme 2026-03-31 ou 31.03.2026)</translation>
    </message>
    <message>
        <source>date {date} is in the future</source>
        <translation>la date {date} est dans le futur</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>exchange sync bundles</source>
        <translation>échanger des paquets de synchronisation</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>expiry &apos;{expiry}&apos; is not a date</source>
        <translation>la date de péremption &apos;{expiry}&apos; n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>found</source>
        <translation>retrouvé</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>give beyond a rule</source>
        <translation>remettre au-delà d&apos;une règle</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>faire la passation de service</translation>
    </message>
    <message>
        <source>import workbooks</source>
        <translation>importer des classeurs</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <source>infant (under 2) in the household</source>
        <translation>nourrisson (moins de 2 ans) dans le ménage</translation>
    </message>
    <message>
        <source>issue or change cards</source>
        <translation>délivrer ou modifier des cartes</translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation>assemblage de kits</translation>
    </message>
    <message>
        <source>kit component &apos;{part}&apos; must be written CODE:QTY, e.g. HYG-SOAP:2</source>
        <translation>le composant de kit &apos;{part}&apos; doit s&apos;écrire CODE:QUANTITÉ, p. ex. HYG-SOAP:2</translation>
    </message>
    <message>
        <source>kit component {component} is not in the catalogue (nor on an earlier row)</source>
        <translation>le composant de kit {component} n&apos;est pas dans le catalogue (ni sur une ligne précédente)</translation>
    </message>
    <message>
        <source>kit component {component} needs a quantity above 0, not {qty}</source>
        <translation>le composant de kit {component} nécessite une quantité supérieure à 0, et non {qty}</translation>
    </message>
    <message>
        <source>kit disassembly</source>
        <translation>démontage de kits</translation>
    </message>
    <message>
        <source>kit {code} cannot contain itself</source>
        <translation>le kit {code} ne peut pas se contenir lui-même</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>lot {lot} of {item} has expiry {before} on row {row}, not {expiry}</source>
        <translation>le lot {lot} de {item} a la date de péremption {before} à la ligne {row}, et non {expiry}</translation>
    </message>
    <message>
        <source>lot {lot} of {item} was received before with expiry {before}, not {expiry}</source>
        <translation>le lot {lot} de {item} a déjà été reçu avec la date de péremption {before}, et non {expiry}</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>missing column(s): {missing} (the header row must name: {columns})</source>
        <translation>colonne(s) manquante(s) : {missing} (la ligne d&apos;en-tête doit comporter, en anglais : {columns})</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <source>older person (60+)</source>
        <translation>personne âgée (60 ans et plus)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>personne handicapée</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding woman</source>
        <translation>femme enceinte ou allaitante</translation>
    </message>
    <message>
        <source>produce reports</source>
        <translation>produire des rapports</translation>
    </message>
    <message>
        <source>produce reports of every site</source>
        <translation>produire des rapports de tous les sites</translation>
    </message>
    <message>
        <source>quantity &apos;{qty}&apos; is not a whole number</source>
        <translation>la quantité &apos;{qty}&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>quantity {qty} must be above 0</source>
        <translation>la quantité {qty} doit être supérieure à 0</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>record goods received</source>
        <translation>enregistrer des réceptions de marchandises</translation>
    </message>
    <message>
        <source>record hand-outs</source>
        <translation>enregistrer des remises</translation>
    </message>
    <message>
        <source>see the stock</source>
        <translation>voir le stock</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>code du site</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nom du site</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>volé</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>take or restore backups</source>
        <translation>faire ou restaurer des sauvegardes</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>la colonne &apos;code&apos; est vide</translation>
    </message>
    <message>
        <source>the columns of {table} differ</source>
        <translation>les colonnes de {table} diffèrent</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la colonne &apos;date&apos; est vide</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the item code is empty</source>
        <translation>la colonne &apos;item code&apos; est vide</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>la colonne &apos;name&apos; est vide</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>le nom (colonne &apos;name&apos;) dépasse 200 caractères</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>la colonne &apos;quantity&apos; est vide</translation>
    </message>
    <message>
        <source>the site code is empty</source>
        <translation>la colonne &apos;site code&apos; est vide</translation>
    </message>
    <message>
        <source>the supplier is longer than 200 characters</source>
        <translation>le fournisseur (colonne &apos;supplier&apos;) dépasse 200 caractères</translation>
    </message>
    <message>
        <source>there is no donor with the code &apos;{donor}&apos;</source>
        <translation>il n&apos;y a pas de donateur avec le code &apos;{donor}&apos;</translation>
    </message>
    <message>
        <source>there is no item with the code or barcode &apos;{code}&apos;</source>
        <translation>il n&apos;y a pas d&apos;article avec le code ou le code-barres &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>there is no site with the code &apos;{site}&apos;</source>
        <translation>il n&apos;y a pas de site avec le code &apos;{site}&apos;</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transfert entrant</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>transfert sortant</translation>
    </message>
    <message>
        <source>transfer stock</source>
        <translation>transférer du stock</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; is longer than 16 characters</source>
        <translation>l&apos;unité &apos;{unit}&apos; dépasse 16 caractères</translation>
    </message>
    <message>
        <source>unknown table {table!r}</source>
        <translation>table inconnue {table!r}</translation>
    </message>
    <message>
        <source>unreadable contents</source>
        <translation>contenu illisible</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>en-tête illisible</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>signature incorrecte</translation>
    </message>
    <message>
        <source>{code} has expiry dates: found stock needs its lot number</source>
        <translation>{code} a des dates de péremption : le stock retrouvé nécessite son numéro de lot</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}.</source>
        <translation>{code} est compté par lot sur {number}.</translation>
    </message>
    <message>
        <source>{code} is counted per lot on {number}: give the lot</source>
        <translation>{code} est compté par lot sur {number} : indiquez le lot</translation>
    </message>
    <message>
        <source>{code} is not on count {number}.</source>
        <translation>{code} ne fait pas partie de l&apos;inventaire {number}.</translation>
    </message>
    <message>
        <source>{code} lot {lot}</source>
        <translation>{code} lot {lot}</translation>
    </message>
    <message>
        <source>{code} {name} lot {lot}</source>
        <translation>{code} {name} lot {lot}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; must be yes or no</source>
        <translation>la colonne &apos;{column}&apos; doit contenir yes ou no, et non &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>{file} is on a disk that cannot be written to (read-only).</source>
        <translation>{file} se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{item} has an expiry date and none was given</source>
        <translation>{item} a une date de péremption et aucune n&apos;a été indiquée</translation>
    </message>
    <message>
        <source>{item} has an expiry date, and none was given.</source>
        <translation>{item} a une date de péremption, et aucune n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>{item} has expiry dates, so found stock needs its lot number.</source>
        <translation>{item} a des dates de péremption ; le stock retrouvé nécessite donc son numéro de lot.</translation>
    </message>
    <message>
        <source>{item} has no lot &apos;{lot}&apos;.</source>
        <translation>{item} n&apos;a pas de lot &apos;{lot}&apos;.</translation>
    </message>
    <message>
        <source>{item} is counted per lot on {number} ({lots}).</source>
        <translation>{item} est compté par lot sur {number} ({lots}).</translation>
    </message>
    <message>
        <source>{item} is not on waybill {number}.</source>
        <translation>{item} ne figure pas sur le bordereau {number}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of {unit}, not {text!r}.</source>
        <translation>{key} doit être un nombre entier ({unit}), et non {text!r}.</translation>
    </message>
    <message>
        <source>{key} must be from {minimum} to {maximum} {unit}, not {value}.</source>
        <translation>{key} doit être compris entre {minimum} et {maximum} {unit}, et non {value}.</translation>
    </message>
    <message>
        <source>{kit} is not a kit with components.</source>
        <translation>{kit} n&apos;est pas un kit avec des composants.</translation>
    </message>
    <message>
        <source>{label}: at most {max_qty} per {per}{member}{flag}</source>
        <translation>{label} : au plus {max_qty} par {per}{member}{flag}</translation>
    </message>
    <message>
        <source>{line} is given twice.</source>
        <translation>{line} est indiqué deux fois.</translation>
    </message>
    <message>
        <source>{line}: &apos;{given}&apos; is not a variance reason.</source>
        <translation>{line} : &apos;{given}&apos; n&apos;est pas un motif d&apos;écart.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a shortage of {qty}.</source>
        <translation>{line} : &apos;{label}&apos; ne peut pas expliquer un manque de {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{label}&apos; cannot explain a surplus of {qty}.</source>
        <translation>{line} : &apos;{label}&apos; ne peut pas expliquer un excédent de {qty}.</translation>
    </message>
    <message>
        <source>{line}: &apos;{qty}&apos; is not a whole number.</source>
        <translation>{line} : &apos;{qty}&apos; n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{line}: a count cannot be below 0 ({qty}).</source>
        <translation>{line} : un comptage ne peut pas être inférieur à 0 ({qty}).</translation>
    </message>
    <message>
        <source>{line}: a variance of {variance:+d} has no reason.</source>
        <translation>{line} : l&apos;écart de {variance:+d} n&apos;a pas de motif.</translation>
    </message>
    <message>
        <source>{line}: the reason &apos;other&apos; needs a note.</source>
        <translation>{line} : le motif &apos;other&apos; (autre) nécessite une remarque.</translation>
    </message>
    <message>
        <source>{name!r} cannot be a user name.</source>
        <translation>{name!r} ne peut pas être un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {error}.</source>
        <translation>Impossible de lire {name} comme classeur Excel (.xlsx) : {error}.</translation>
    </message>
    <message>
        <source>{name} is not an HSP Desk database.</source>
        <translation>{name} n&apos;est pas une base de données HSP Desk.</translation>
    </message>
    <message>
        <source>{number} is not a count session.</source>
        <translation>{number} n&apos;est pas un inventaire.</translation>
    </message>
    <message>
        <source>{path} exists already.</source>
        <translation>{path} existe déjà.</translation>
    </message>
    <message>
        <source>{path} is in use and cannot be moved.</source>
        <translation>{path} est en cours d&apos;utilisation et ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{qty} {unit} of {item} received, but {sent} were sent.</source>
        <translation>{qty} {unit} de {item} reçu(s), mais {sent} envoyé(s).</translation>
    </message>
    <message>
        <source>{role!r} is not a role.</source>
        <translation>{role!r} n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>{rows} row(s) of the count workbook are wrong, so nothing was imported:
  - {shown}{more}</source>
        <translation>{rows} ligne(s) du classeur d&apos;inventaire sont erronées ; rien n&apos;a donc été importé :
  - {shown}{more}</translation>
    </message>
    <message>
        <source>{rows} row(s) of the workbook are wrong, so nothing was imported:
{shown}{more}
</source>
        <translation>{rows} ligne(s) du classeur sont erronées ; rien n&apos;a donc été importé :
{shown}{more}
</translation>
    </message>
    <message>
        <source>{rule}. This card&apos;s household is not recorded with that.</source>
        <translation>{rule}. Le ménage de cette carte n&apos;est pas enregistré avec ce critère.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. May receive again from {day}.</source>
        <translation>{rule} ; {used} reçu(s) sur cette période, {asked} demandé(s). Peut recevoir à nouveau à partir du {day}.</translation>
    </message>
    <message>
        <source>{rule}; {used} received in this period, {asked} asked for. More than {limit} cannot be given at once.</source>
        <translation>{rule} ; {used} reçu(s) sur cette période, {asked} demandé(s). Impossible de remettre plus de {limit} en une fois.</translation>
    </message>
    <message>
        <source>{sheet} row {n}</source>
        <translation>Feuille &apos;{sheet}&apos;, ligne {n}</translation>
    </message>
    <message>
        <source>{site} has a count in progress that includes {items}.</source>
        <translation>{site} a un inventaire en cours qui inclut {items}.</translation>
    </message>
    <message>
        <source>{site} is not a mobile HSP or team.</source>
        <translation>{site} n&apos;est pas un HSP mobile ni une équipe mobile.</translation>
    </message>
    <message>
        <source>{site} is still on the road with trip {trip}.</source>
        <translation>{site} est encore sur la route avec la tournée {trip}.</translation>
    </message>
    <message>
        <source>{user} is the only active branch manager.</source>
        <translation>{user} est le seul responsable de branche actif.</translation>
    </message>
    <message>
        <source>{user} may not approve a count: that needs a coordinator or above.</source>
        <translation>{user} ne peut pas approuver un inventaire : il faut au moins le rôle de coordinateur.</translation>
    </message>
    <message>
        <source>{user} may not {action}: that needs {role} or above.</source>
        <translation>{user} ne peut pas {action} : il faut être au moins {role}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{where}: a count of {qty} without an item code</source>
        <translation>{where} : un comptage de {qty} sans code d&apos;article (colonne &apos;Item code&apos;)</translation>
    </message>
    <message>
        <source>{where}: {code}: a count cannot be below 0 ({qty})</source>
        <translation>{where} : {code} : un comptage ne peut pas être inférieur à 0 ({qty})</translation>
    </message>
    <message>
        <source>{where}: {line} is already on row {row}</source>
        <translation>{where} : {line} figure déjà à la ligne {row}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
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
